package org.whatmatters.translations.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Instant REVIEWED_AT = Instant.parse("2026-11-20T14:00:00Z");
    private static final String SOURCE =
            "Your contact is {named_contact}. Reply TALK if you'd like a call.";

    private static Catalog urdu() {
        return new Catalog(
                "ur",
                "DRAFT: written without an interpreter",
                List.of(
                        new CatalogEntry(
                                "global.status.contact",
                                SOURCE,
                                "آپ کا رابطہ {named_contact} ہے۔ کال کے لیے TALK لکھیں۔",
                                TranslationState.REVIEWED,
                                "Amina Khan",
                                REVIEWED_AT,
                                SOURCE,
                                "STATUS reply; {named_contact} is a name",
                                0),
                        new CatalogEntry(
                                "welcome.hello",
                                "Hello, this is WhatMatters.",
                                "",
                                TranslationState.DRAFT,
                                null,
                                null,
                                null,
                                "first message",
                                0)));
    }

    @Test
    void aCatalogSurvivesWritingAndReadingBackWithItsStatesAndReviewers() {
        StringWriter out = new StringWriter();
        Xliff.write(urdu(), out);

        Catalog read = Xliff.read("ur.xlf", new StringReader(out.toString()));

        assertThat(out.toString())
                .contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"")
                .contains("trgLang=\"ur\"")
                .contains("state=\"reviewed\"")
                .contains("wm:reviewer=\"Amina Khan\"");
        assertThat(read.language()).isEqualTo("ur");
        assertThat(read.header()).isEqualTo("DRAFT: written without an interpreter");
        assertThat(read.entries())
                .extracting(
                        CatalogEntry::key,
                        CatalogEntry::state,
                        CatalogEntry::reviewer,
                        CatalogEntry::reviewedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "global.status.contact",
                                TranslationState.REVIEWED,
                                "Amina Khan",
                                REVIEWED_AT),
                        org.assertj.core.groups.Tuple.tuple(
                                "welcome.hello", TranslationState.DRAFT, null, null));
        assertThat(read.entry("global.status.contact").orElseThrow().translation())
                .isEqualTo(urdu().entries().get(0).translation());
        assertThat(read.entry("global.status.contact").orElseThrow().servable()).isTrue();
        assertThat(read.entry("welcome.hello").orElseThrow().servable()).isFalse();
    }

    @Test
    void aChangedEnglishSourceMakesTheTranslationStaleAndUnservable() {
        Map<String, Catalog.SourceText> sources = new LinkedHashMap<>();
        sources.put(
                "global.status.contact",
                new Catalog.SourceText(
                        "Your contact is {named_contact}. Reply TALK for a call.", "STATUS reply"));
        sources.put(
                "welcome.hello",
                new Catalog.SourceText("Hello, this is WhatMatters.", "first message"));
        sources.put("welcome.new", new Catalog.SourceText("A new line.", "new"));

        Catalog synced = urdu().syncedWith(sources);

        CatalogEntry contact = synced.entry("global.status.contact").orElseThrow();
        assertThat(contact.state()).isEqualTo(TranslationState.STALE);
        assertThat(contact.servable()).isFalse();
        assertThat(contact.translation())
                .as("nothing is lost")
                .isEqualTo(urdu().entries().get(0).translation());
        assertThat(synced.entry("welcome.hello").orElseThrow().state())
                .isEqualTo(TranslationState.DRAFT);
        assertThat(synced.entry("welcome.new").orElseThrow().state())
                .isEqualTo(TranslationState.DRAFT);

        StringWriter out = new StringWriter();
        Xliff.write(synced, out);
        assertThat(out.toString()).contains("subState=\"wm:stale\"");
        assertThat(
                        Xliff.read("ur.xlf", new StringReader(out.toString()))
                                .entry("global.status.contact")
                                .orElseThrow()
                                .state())
                .isEqualTo(TranslationState.STALE);
    }

    @Test
    void aBrokenFileIsReportedWithFileLineAndKey() {
        String broken =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl">
                  <file id="whatmatters">
                    <unit id="a.b">
                      <segment state="approved"><source>Hi</source><target>Cześć</target></segment>
                    </unit>
                    <unit id="a.c">
                      <segment state="reviewed"><source>Bye</source><target>Pa</target></segment>
                    </unit>
                    <unit id="a.b">
                      <segment><source>Hi</source></segment>
                    </unit>
                  </file>
                </xliff>
                """;

        assertThatThrownBy(() -> Xliff.read("pl.xlf", new StringReader(broken)))
                .isInstanceOf(CatalogException.class)
                .hasMessage(
                        String.join(
                                "\n",
                                "pl.xlf:4: a.b: unknown state 'approved' (initial, translated, reviewed, final)",
                                "pl.xlf:7: a.c: state reviewed needs wm:reviewer, the interpreter who reviewed it",
                                "pl.xlf:10: a.b: duplicate unit id"));
    }

    @Test
    void xmlThatIsNotWellFormedNamesItsLine() {
        String broken =
                "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" trgLang=\"ar\">\n  <file>\n    <unit id=\"x.y\">\n  </file>\n</xliff>\n";

        assertThatThrownBy(() -> Xliff.read("ar.xlf", new StringReader(broken)))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("ar.xlf:5: not well-formed XML");
    }

    @Test
    void anImportAppliesGoodRowsReportsBadOnesAndNeverMakesOrKeepsAReviewWithoutAnInterpreter() {
        Catalog incoming =
                new Catalog(
                        "ur",
                        null,
                        List.of(
                                new CatalogEntry(
                                        "global.status.contact",
                                        SOURCE,
                                        "آپ کا رابطہ {named_contact} ہے۔",
                                        TranslationState.REVIEWED,
                                        "Tool",
                                        REVIEWED_AT,
                                        SOURCE,
                                        null,
                                        12),
                                new CatalogEntry(
                                        "welcome.hello",
                                        "Hello, this is WhatMatters.",
                                        "سلام {name}",
                                        TranslationState.TRANSLATED,
                                        null,
                                        null,
                                        null,
                                        null,
                                        20),
                                new CatalogEntry(
                                        "no.such.key",
                                        "x",
                                        "y",
                                        TranslationState.TRANSLATED,
                                        null,
                                        null,
                                        null,
                                        null,
                                        28)));

        CatalogImport.Result result = CatalogImport.apply(urdu(), incoming, "ur-from-tool.xlf");

        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.rejected())
                .extracting(CatalogProblem::toString)
                .containsExactly(
                        "ur-from-tool.xlf:20: welcome.hello: placeholders [name] do not match the source's []",
                        "ur-from-tool.xlf:28: no.such.key: not a key the scripts use");
        CatalogEntry contact = result.catalog().entry("global.status.contact").orElseThrow();
        assertThat(contact.state()).isEqualTo(TranslationState.TRANSLATED);
        assertThat(contact.reviewer()).isNull();
        assertThat(contact.servable()).isFalse();
        assertThat(result.catalog().entry("welcome.hello").orElseThrow().translation()).isEmpty();
    }
}
