package org.whatmatters.backend.fhir;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.whatmatters.backend.translation.Translation;
import org.whatmatters.backend.translation.TranslationRepository;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

/**
 * The translations an interpreter reviewed for the English as it is now, language by language: the
 * only ones a Questionnaire carries (a draft is never exported as if it were a translation, even
 * where a demonstration serves unreviewed texts).
 */
@Singleton
class ReviewedTranslations {

    private final TranslationRepository translations;

    ReviewedTranslations(TranslationRepository translations) {
        this.translations = translations;
    }

    /**
     * language → (text key → reviewed translation), for every translated language, in the catalogs'
     * order.
     */
    Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> reviewed = new LinkedHashMap<>();
        for (String language : Catalogs.TRANSLATED) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Translation row : translations.findByLanguageOrderByPosition(language)) {
                CatalogEntry entry =
                        new CatalogEntry(
                                row.textKey(),
                                row.source(),
                                row.content(),
                                row.state(),
                                row.reviewer(),
                                row.reviewedAt(),
                                row.reviewedSource(),
                                row.note(),
                                0);
                if (entry.servable()) {
                    texts.put(row.textKey(), row.content());
                }
            }
            reviewed.put(language, texts);
        }
        return reviewed;
    }
}
