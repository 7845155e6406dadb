package org.whatmatters.translations.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files in the shapes translation tools write (fixtures in {@code src/test/resources/xliff/},
 * modelled on Trados Studio, memoQ, Phrase and Okapi/OmegaT XLIFF 2 output): inline codes, several
 * segments, ignorables, modules and extensions; and files of the wrong version or namespace,
 * refused with file, line and problem.
 */
class XliffFromToolsTest {

    private static final String SOURCE =
            "Your contact is {named_contact}. Reply TALK if you'd like a call.";

    @Test
    void tradosTwoSegmentsAnIgnorableAndAPlaceholderProtectedAsPh() {
        Catalog read = Xliff.readFromTool("trados-studio.xlf", fixture("trados-studio.xlf"));

        assertThat(read.language()).as("ur-PK is the Urdu catalog").isEqualTo("ur");
        CatalogEntry contact = read.entry("global.status.contact").orElseThrow();
        assertThat(contact.source()).isEqualTo(SOURCE);
        assertThat(contact.translation())
                .isEqualTo("آپ کا رابطہ {named_contact} ہے۔ کال کے لیے TALK لکھیں۔");
        assertThat(contact.state()).isEqualTo(TranslationState.TRANSLATED);
        assertThat(contact.note())
                .as("the context note, not the tool's comment")
                .isEqualTo(
                        "A reply that works anywhere in a conversation (global.status.contact).");
        assertThat(read.entry("welcome.hello").orElseThrow().translation()).isEmpty();
    }

    @Test
    void memoqAnnotationsUnwrappedAndAConfirmedSegmentIsOnlyTranslated() {
        Catalog read = Xliff.readFromTool("memoq.xlf", fixture("memoq.xlf"));

        assertThat(read.language()).isEqualTo("pl");
        CatalogEntry contact = read.entry("global.status.contact").orElseThrow();
        assertThat(contact.source()).isEqualTo(SOURCE);
        assertThat(contact.translation())
                .isEqualTo(
                        "Twoja osoba kontaktowa to {named_contact}. Odpisz TALK, jeśli chcesz, żebyśmy zadzwonili.");
        assertThat(contact.state())
                .as("reviewed in the tool is not reviewed by an interpreter here")
                .isEqualTo(TranslationState.TRANSLATED);
        assertThat(contact.servable()).isFalse();
        assertThatThrownBy(() -> Xliff.read("memoq.xlf", fixture("memoq.xlf")))
                .as("a shipped catalog still needs its reviewer")
                .hasMessageContaining("needs wm:reviewer");
    }

    @Test
    void phraseMetadataGroupsCdataAndCp() {
        Catalog read = Xliff.readFromTool("phrase.xlf", fixture("phrase.xlf"));

        assertThat(read.language()).isEqualTo("ar");
        assertThat(read.entries()).hasSize(1);
        CatalogEntry contact = read.entry("global.status.contact").orElseThrow();
        assertThat(contact.translation())
                .isEqualTo("جهة الاتصال الخاصة بك هي {named_contact}. أرسل TALK إذا أردت مكالمة.");
        assertThat(contact.state()).isEqualTo(TranslationState.TRANSLATED);
        assertThat(contact.note()).isNull();
    }

    @Test
    void okapiPairedCodesAndSegmentsWithoutIndentation() {
        Catalog read = Xliff.readFromTool("okapi-omegat.xlf", fixture("okapi-omegat.xlf"));

        assertThat(read.language()).isEqualTo("bn");
        CatalogEntry contact = read.entry("global.status.contact").orElseThrow();
        assertThat(contact.source()).isEqualTo(SOURCE);
        assertThat(contact.translation())
                .isEqualTo("আপনার যোগাযোগ {named_contact}। কল চাইলে TALK লিখুন।");
        assertThat(MessageChecks.check(contact.source(), contact.translation())).isEmpty();
    }

    @Test
    void anInlineCodeInATargetIsNeverAnEmptyTranslation() {
        String xliff =
                unit(
                        "<source>Your contact is {named_contact}.</source><target><ph id=\"1\"/> آپ کا رابطہ ہے۔</target>",
                        "");

        assertThatThrownBy(() -> Xliff.readFromTool("ur.xlf", new StringReader(xliff)))
                .isInstanceOf(CatalogException.class)
                .hasMessage(
                        "ur.xlf:5: global.status.contact: inline code <ph id=\"1\"> in <target> has no dataRef or equiv: what it stands for is lost");

        String withData =
                unit(
                        "<source>Your contact is {named_contact}.</source><target>آپ کا رابطہ <ph id=\"1\" dataRef=\"d1\"/> ہے۔</target>",
                        "<originalData><data id=\"d1\">{named_contact}</data></originalData>");
        assertThat(
                        Xliff.readFromTool("ur.xlf", new StringReader(withData))
                                .entries()
                                .get(0)
                                .translation())
                .isEqualTo("آپ کا رابطہ {named_contact} ہے۔");
    }

    @Test
    void splitCodesAndEquivAndAMissingDataReference() {
        String xliff =
                unit(
                        "<source>A <sc id=\"1\" dataRef=\"d1\"/>b<ec startRef=\"1\" dataRef=\"d2\"/> <ph id=\"2\" equiv=\"{emergency}\"/></source>"
                                + "<target>Z <sc id=\"1\" dataRef=\"d1\"/>b<ec startRef=\"1\" dataRef=\"d2\"/> <ph id=\"2\" equiv=\"{emergency}\"/></target>",
                        "<originalData><data id=\"d1\">'{'</data><data id=\"d2\">'}'</data></originalData>");
        CatalogEntry read = Xliff.readFromTool("ur.xlf", new StringReader(xliff)).entries().get(0);
        assertThat(read.source()).isEqualTo("A '{'b'}' {emergency}");
        assertThat(read.translation()).isEqualTo("Z '{'b'}' {emergency}");

        String missing =
                unit(
                        "<source>Hi <ph id=\"1\" dataRef=\"d9\"/></source><target>Cześć <ph id=\"1\" dataRef=\"d9\"/></target>",
                        "");
        assertThatThrownBy(() -> Xliff.readFromTool("pl.xlf", new StringReader(missing)))
                .hasMessageContaining(
                        "pl.xlf:5: global.status.contact: <ph> refers to data 'd9', which is not in the unit's <originalData>");
    }

    @Test
    void aSegmentWithoutTargetBesideTranslatedOnesIsAProblemNotALostSentence() {
        String xliff =
                unit(
                        "<source>One.</source><target>Jeden.</target></segment><segment><source>Two.</source>",
                        "");

        assertThatThrownBy(() -> Xliff.readFromTool("pl.xlf", new StringReader(xliff)))
                .hasMessage(
                        "pl.xlf:5: global.status.contact: this segment has no <target> while others do: the translation would lose a sentence");
    }

    @Test
    void theLeastReviewedSegmentDecidesTheState() {
        String xliff =
                unit(
                        "<source>One.</source><target>Jeden.</target></segment><segment state=\"initial\"><source> Two.</source><target> Dwa.</target>",
                        "");

        CatalogEntry read = Xliff.readFromTool("pl.xlf", new StringReader(xliff)).entries().get(0);
        assertThat(read.translation()).isEqualTo("Jeden. Dwa.");
        assertThat(read.state()).isEqualTo(TranslationState.DRAFT);
    }

    @Test
    void xliff12IsRefusedWithFileLineAndWhatToDo() {
        assertThatThrownBy(() -> Xliff.readFromTool("ur-from-memoq.xlf", fixture("xliff-1.2.xlf")))
                .isInstanceOf(CatalogException.class)
                .hasMessage(
                        "ur-from-memoq.xlf:2: this is XLIFF 1.2; WhatMatters reads XLIFF 2.0 only: export the file from your tool as XLIFF 2.0");
    }

    @Test
    void aWrongNamespaceVersionOrRootIsRefused() {
        assertThatThrownBy(
                        () ->
                                Xliff.read(
                                        "a.xlf",
                                        new StringReader(
                                                "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" trgLang=\"ur\"/>")))
                .hasMessage(
                        "a.xlf:2: <xliff> is in namespace ''; an XLIFF 2.0 file declares xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"");
        assertThatThrownBy(
                        () ->
                                Xliff.read(
                                        "b.xlf",
                                        new StringReader(
                                                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"3.0\" trgLang=\"ur\"/>")))
                .hasMessage(
                        "b.xlf:1: <xliff version=\"3.0\">: WhatMatters reads XLIFF version 2.0 (or 2.1)");
        assertThatThrownBy(
                        () ->
                                Xliff.read(
                                        "c.xlf",
                                        new StringReader(
                                                "<?xml version=\"1.0\"?>\n\n<html><body/></html>")))
                .hasMessage("c.xlf:3: not an XLIFF file: it starts with <html>, not <xliff>");
    }

    @Test
    void aDifferentScriptIsADifferentCatalog() {
        assertThat(XliffReader.catalogLanguage("pa-IN")).isEqualTo("pa");
        assertThat(XliffReader.catalogLanguage("pa-Guru")).isEqualTo("pa");
        assertThat(XliffReader.catalogLanguage("pa-Arab")).isEqualTo("pa-Arab");
        assertThat(XliffReader.catalogLanguage("ar-SA")).isEqualTo("ar");
    }

    /**
     * Import from a tool, export, import the export again: inline codes and two segments, nothing
     * lost.
     */
    @Test
    void importExportRoundTripWithInlineCodesAndTwoSegmentsLosesNothing() {
        Catalog current =
                new Catalog(
                        "ur",
                        "DRAFT",
                        List.of(
                                new CatalogEntry(
                                        "global.status.contact",
                                        SOURCE,
                                        "",
                                        TranslationState.DRAFT,
                                        null,
                                        null,
                                        null,
                                        "context",
                                        0),
                                new CatalogEntry(
                                        "welcome.hello",
                                        "Hello, this is WhatMatters.",
                                        "",
                                        TranslationState.DRAFT,
                                        null,
                                        null,
                                        null,
                                        "first",
                                        0)));

        CatalogImport.Result first =
                CatalogImport.apply(
                        current,
                        Xliff.readFromTool("trados-studio.xlf", fixture("trados-studio.xlf")),
                        "trados-studio.xlf");
        assertThat(first.rejected()).isEmpty();
        assertThat(first.applied()).isEqualTo(1);
        StringWriter exported = new StringWriter();
        Xliff.write(first.catalog(), exported);
        Catalog back = Xliff.read("ur.xlf", new StringReader(exported.toString()));
        CatalogImport.Result second = CatalogImport.apply(first.catalog(), back, "ur.xlf");

        assertThat(back.entries())
                .isEqualTo(
                        first.catalog().entries().stream()
                                .map(
                                        entry ->
                                                new CatalogEntry(
                                                        entry.key(),
                                                        entry.source(),
                                                        entry.translation(),
                                                        entry.state(),
                                                        entry.reviewer(),
                                                        entry.reviewedAt(),
                                                        entry.reviewedSource(),
                                                        entry.note(),
                                                        back.entry(entry.key())
                                                                .orElseThrow()
                                                                .line()))
                                .toList());
        assertThat(back.entry("global.status.contact").orElseThrow().translation())
                .isEqualTo("آپ کا رابطہ {named_contact} ہے۔ کال کے لیے TALK لکھیں۔");
        assertThat(second.applied()).as("nothing changed on the way round").isZero();
        assertThat(second.rejected()).isEmpty();
    }

    private static String unit(String segmentContent, String before) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ur">
                  <file id="f">
                    <unit id="global.status.contact">%s
                      <segment>%s</segment>
                    </unit>
                  </file>
                </xliff>
                """
                .formatted(before, segmentContent);
    }

    private static java.io.Reader fixture(String name) {
        try (InputStream in = XliffFromToolsTest.class.getResourceAsStream("/xliff/" + name)) {
            return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
