package org.whatmatters.translations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageChecksTest {

    @Test
    void matchingPlaceholdersPass() {
        assertThat(
                        MessageChecks.check(
                                "Your contact is {named_contact}.",
                                "آپ کا رابطہ {named_contact} ہے۔"))
                .isEmpty();
    }

    @Test
    void aMissingRenamedOrExtraPlaceholderIsAnError() {
        assertThat(
                        MessageChecks.check(
                                "Your contact is {named_contact}.", "Twój kontakt to {contact}."))
                .containsExactly(
                        new MessageChecks.Finding(
                                true,
                                "placeholders [contact] do not match the source's [named_contact]",
                                Flag.Code.PLACEHOLDERS));
        assertThat(MessageChecks.check("Hello.", "Cześć {name}."))
                .containsExactly(
                        new MessageChecks.Finding(
                                true,
                                "placeholders [name] do not match the source's []",
                                Flag.Code.PLACEHOLDERS));
    }

    @Test
    void pluralAndSelectArgumentsMustMatchInKind() {
        String source = "{count, plural, one {# day} other {# days}} to go";
        assertThat(
                        MessageChecks.check(
                                source,
                                "{count, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} zostało"))
                .isEmpty();
        assertThat(MessageChecks.check(source, "{count} dni zostało"))
                .containsExactly(
                        new MessageChecks.Finding(
                                true,
                                "placeholders [count] do not match the source's [count:plural]",
                                Flag.Code.PLACEHOLDERS));
    }

    @Test
    void aBrokenIcuMessageIsAnError() {
        assertThat(MessageChecks.check("Hi {name}", "Cześć {name"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.error()).isTrue())
                .satisfies(
                        finding ->
                                assertThat(finding.message())
                                        .startsWith("not a valid ICU message"));
    }

    @Test
    void aStrayBidiControlIsAnError() {
        assertThat(MessageChecks.check("Call 0800 123", "اتصل \u202E0800 123"))
                .containsExactly(
                        new MessageChecks.Finding(
                                true,
                                "bidirectional control character U+202E at position 5",
                                Flag.Code.BIDI_CONTROL));
    }

    @Test
    void directionMarksAreRefusedToo() {
        assertThat(MessageChecks.check("Call 0800 123", "اتصل \u200E0800 123"))
                .containsExactly(
                        new MessageChecks.Finding(
                                true,
                                "bidirectional control character U+200E at position 5",
                                Flag.Code.BIDI_CONTROL));
        assertThat(MessageChecks.check("Call 0800 123", "اتصل 0800\u200F 123"))
                .containsExactly(
                        new MessageChecks.Finding(
                                true,
                                "bidirectional control character U+200F at position 9",
                                Flag.Code.BIDI_CONTROL));
        assertThat(MessageChecks.check("Call 0800 123", "\u061Cاتصل 0800 123"))
                .containsExactly(
                        new MessageChecks.Finding(
                                true,
                                "bidirectional control character U+061C at position 0",
                                Flag.Code.BIDI_CONTROL));
    }

    @Test
    void moreThanThreeSegmentsIsAWarningOnly() {
        assertThat(MessageChecks.check("Hi", "ل".repeat(300)))
                .containsExactly(
                        new MessageChecks.Finding(
                                false, "takes 5 SMS segments (more than 3)", Flag.Code.SEGMENTS));
    }
}
