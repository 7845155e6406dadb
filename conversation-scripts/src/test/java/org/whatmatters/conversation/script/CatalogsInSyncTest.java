package org.whatmatters.conversation.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whatmatters.translations.catalog.Catalog;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;
import org.whatmatters.translations.catalog.MessageChecks;
import org.whatmatters.translations.catalog.TranslationState;

/**
 * English is typed once, in the scripts: every catalog must hold exactly the scripts' keys with
 * their current English. Fails after a script edit until the catalogs are extracted again (README).
 */
class CatalogsInSyncTest {

    @ParameterizedTest
    @ValueSource(strings = {"ur", "pa", "bn", "pl", "ar", "so"})
    void everyShippedTranslationIsADraftThatPassesTheChecks(String language) {
        Catalog catalog = Catalogs.shipped(language);

        assertThat(catalog.header()).startsWith("DRAFT");
        for (CatalogEntry entry : catalog.entries()) {
            assertThat(entry.translation()).as(language + " " + entry.key()).isNotBlank();
            assertThat(entry.state())
                    .as("only a named interpreter makes anything reviewed")
                    .isEqualTo(TranslationState.DRAFT);
            assertThat(MessageChecks.check(entry.source(), entry.translation()))
                    .as(language + " " + entry.key())
                    .noneMatch(MessageChecks.Finding::error);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur", "pa", "bn", "pl", "ar", "so"})
    void theCatalogHoldsEveryScriptTextWithItsCurrentEnglish(String language) {
        Map<String, Catalog.SourceText> sources =
                ExtractCatalogs.sources(ScriptLibrary.shipped(), Replies.shipped());

        Catalog catalog = Catalogs.shipped(language);

        assertThat(catalog.language()).isEqualTo(language);
        assertThat(catalog.entries())
                .extracting(CatalogEntry::key)
                .as("run ExtractCatalogs (README)")
                .containsExactlyElementsOf(sources.keySet());
        for (CatalogEntry entry : catalog.entries()) {
            assertThat(entry.source()).as(entry.key()).isEqualTo(sources.get(entry.key()).text());
            assertThat(entry.note())
                    .as(entry.key() + "'s note for the interpreter: run ExtractCatalogs (README)")
                    .isEqualTo(sources.get(entry.key()).note());
        }
    }

    @Test
    void theListsOfWordsThatWorkAnywhereTellTheInterpreterHowToMarkAWordForTheirLanguageOnly() {
        Map<String, Catalog.SourceText> sources =
                ExtractCatalogs.sources(ScriptLibrary.shipped(), Replies.shipped());

        assertThat(sources.get("words.opt-out").note())
                .contains("Put = before a word that is also an ordinary reply");
        assertThat(sources.get("words.status").note()).contains("Put = before");
        assertThat(sources.get("words.yes").note()).doesNotContain("Put =");
        assertThat(sources.get("words.no").note()).doesNotContain("Put =");
    }
}
