package org.whatmatters.translations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The flags that put a translation in front of an interpreter, each on the kind of draft that needs
 * it.
 */
class ReviewFlagsTest {

    private static final String CRISIS =
            "You matter, and you don't have to face this alone. If you are in danger now, call {emergency}. "
                    + "Samaritans are free, day or night, on {samaritans}. For urgent mental health help call {nhs111}. We've let the team know. "
                    + "We're here when you want to carry on.";
    private static final String TWO_SEGMENTS = "One SMS if you can, never more than two.";

    @Test
    void aCrisisReplyThatDropsItsLastSentenceIsFlagged() {
        String urdu =
                "آپ اہم ہیں، اور آپ کو اس کا اکیلے سامنا نہیں کرنا۔ اگر آپ ابھی خطرے میں ہیں تو {emergency} پر کال کریں۔ "
                        + "سماریٹنز دن رات مفت {samaritans} پر دستیاب ہیں۔ فوری ذہنی صحت کی مدد کے لیے {nhs111} پر کال کریں۔ ہم نے ٹیم کو بتا دیا ہے۔";

        assertThat(codes(flags("global.crisis", "ur", CRISIS, urdu, null)))
                .contains(Flag.Code.FEWER_SENTENCES);
        assertThat(flags("global.crisis", "ur", CRISIS, urdu, null))
                .filteredOn(flag -> flag.code() == Flag.Code.FEWER_SENTENCES)
                .singleElement()
                .satisfies(
                        flag ->
                                assertThat(flag.message())
                                        .isEqualTo(
                                                "has 5 sentences where the English has 6: is one missing? (the English ends: \"We're here when you want to carry on.\")"));
        assertThat(
                        codes(
                                flags(
                                        "global.crisis",
                                        "ur",
                                        CRISIS,
                                        urdu + " جب آپ چاہیں ہم یہاں ہیں۔",
                                        null)))
                .doesNotContain(Flag.Code.FEWER_SENTENCES);
    }

    @Test
    void moreThanTwoSegmentsAsSentIsFlaggedWhereThePatternAloneLooksShorter() {
        String prompt = "ل".repeat(120);
        List<String> options = List.of("ا".repeat(10), "ب".repeat(10));
        List<Flag> flags =
                ReviewFlags.of(
                        "a.ask",
                        "ur",
                        "Which?",
                        prompt,
                        TWO_SEGMENTS,
                        AsSent.message("Which?", List.of("A", "B"), "en", Map.of()),
                        AsSent.message(prompt, options, "ur", Map.of()));

        assertThat(flags)
                .extracting(Flag::code, Flag::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Flag.Code.SEGMENTS,
                                "takes 3 SMS segments as sent (the English takes 1); the note asks for never more than 2"));
        assertThat(ReviewFlags.of("a.ask", "ur", "Which?", prompt, TWO_SEGMENTS, "Which?", prompt))
                .as("without its choice lines")
                .isEmpty();
    }

    @Test
    void anArabicLetterGluedOntoALatinKeywordIsFlaggedPunctuationIsNot() {
        String source = "Reply TALK for a call, STATUS for news, STOP to stop.";
        List<Flag> glued =
                flags(
                        "global.help",
                        "ar",
                        source,
                        "أرسل TALK لمكالمة، وSTATUS للأخبار، وSTOP للتوقف.",
                        null);
        assertThat(glued)
                .extracting(Flag::code)
                .contains(Flag.Code.GLUED_LATIN, Flag.Code.KEYWORD_MISSING);
        assertThat(glued)
                .filteredOn(flag -> flag.code() == Flag.Code.GLUED_LATIN)
                .singleElement()
                .satisfies(flag -> assertThat(flag.message()).contains("وSTATUS, وSTOP"));
        assertThat(
                        flags(
                                "global.help",
                                "ar",
                                source,
                                "أرسل TALK لمكالمة، و STATUS للأخبار، و STOP للتوقف.",
                                null))
                .isEmpty();
        assertThat(flags("a.hint", "ur", "Reply SKIP.", "SKIP لکھیں۔", null)).isEmpty();
    }

    @Test
    void polishTimesOnATwelveHourClockAreFlaggedTwentyFourHourTimesAreNot() {
        assertThat(
                        codes(
                                flags(
                                        "contact-preferences.times.evenings",
                                        "pl",
                                        "Early evenings (5 to 8)",
                                        "Wczesnym wieczorem (od 5 do 8)",
                                        null)))
                .containsExactly(Flag.Code.TWELVE_HOUR_TIMES);
        assertThat(
                        codes(
                                flags(
                                        "contact-preferences.times.afternoons",
                                        "pl",
                                        "Afternoons (12 to 5)",
                                        "Po południu (od 12 do 5)",
                                        null)))
                .containsExactly(Flag.Code.TWELVE_HOUR_TIMES);
        assertThat(
                        flags(
                                "contact-preferences.times.evenings",
                                "pl",
                                "Early evenings (5 to 8)",
                                "Wczesnym wieczorem (17:00-20:00)",
                                null))
                .isEmpty();
        assertThat(
                        flags(
                                "contact-preferences.times.afternoons",
                                "pl",
                                "Afternoons (12 to 5)",
                                "Po południu (12:00-17:00)",
                                null))
                .isEmpty();
    }

    @Test
    void aNumberOfTheEnglishMissingIsFlaggedInWhateverDigits() {
        assertThat(
                        codes(
                                flags(
                                        "talk.done.end",
                                        "ar",
                                        "We will call within 2 working days.",
                                        "سنتصل خلال يومي عمل.",
                                        null)))
                .containsExactly(Flag.Code.NUMBER_MISSING);
        assertThat(
                        flags(
                                "talk.done.end",
                                "bn",
                                "We will call within 2 working days.",
                                "আমরা ২ কার্যদিবসের মধ্যে ফোন করব।",
                                null))
                .isEmpty();
    }

    @Test
    void placeholderAndBidiErrorsAreFlagsToo() {
        assertThat(flags("a.b", "ur", "Call {samaritans}.", "کال کریں {samaritan}۔", null))
                .extracting(Flag::code, Flag::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Flag.Code.PLACEHOLDERS, true));
        assertThat(flags("a.b", "ar", "Call 116 123.", "اتصل \u202E116 123.", null))
                .extracting(Flag::code)
                .containsExactly(Flag.Code.BIDI_CONTROL);
    }

    @Test
    void wordListsAreOnlyCheckedForBidiControls() {
        assertThat(
                        flags(
                                "words.opt-out",
                                "ur",
                                "stop, stopall, unsubscribe",
                                "بند, =band, stop",
                                null))
                .isEmpty();
        assertThat(flags("crisis.phrases", "ar", "kill myself\nend my life", "أريد أن أموت", null))
                .isEmpty();
    }

    @Test
    void theShippedDraftsCarryTheFlagsTheOutsideCheckFound() {
        for (String language : Catalogs.TRANSLATED) {
            Catalog catalog = Catalogs.shipped(language);
            Catalog english = Catalogs.shipped("en");
            CatalogEntry crisis = catalog.entry("global.crisis").orElseThrow();
            if (ReviewFlags.sentences(crisis.translation(), language)
                    < ReviewFlags.sentences(
                            english.entry("global.crisis").orElseThrow().source(), "en")) {
                assertThat(codes(flagsOf(crisis, language)))
                        .as(language + " crisis reply")
                        .contains(Flag.Code.FEWER_SENTENCES);
            }
            assertThat(catalog.entries())
                    .as(language + ": fixed, not matters of wording")
                    .noneMatch(
                            entry ->
                                    flagsOf(entry, language).stream()
                                            .anyMatch(
                                                    flag ->
                                                            flag.code() == Flag.Code.GLUED_LATIN
                                                                    || flag.code()
                                                                            == Flag.Code
                                                                                    .TWELVE_HOUR_TIMES
                                                                    || flag.error()));
        }
    }

    private static List<Flag> flagsOf(CatalogEntry entry, String language) {
        return flags(entry.key(), language, entry.source(), entry.translation(), entry.note());
    }

    private static List<Flag> flags(
            String key, String language, String source, String translation, String note) {
        return ReviewFlags.of(
                key,
                language,
                source,
                translation,
                note,
                AsSent.message(source, List.of(), "en", Map.of()),
                AsSent.message(translation, List.of(), language, Map.of()));
    }

    private static List<Flag.Code> codes(List<Flag> flags) {
        return flags.stream().map(Flag::code).toList();
    }
}
