package org.whatmatters.translations.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.whatmatters.translations.sms.SmsEncoding.GSM_7;
import static org.whatmatters.translations.sms.SmsEncoding.UCS_2;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Vectors worked out by hand from GSM 03.38 and 3GPP 23.040 limits. */
class SmsSegmentsTest {

    static Stream<Arguments> vectors() {
        String urdu = "آپ کے لیے کیا اہم ہے؟"; // 21 UTF-16 units, all in the BMP
        return Stream.of(
                arguments("plain GSM", "Thank you, we have your message.", GSM_7, 32, 1),
                arguments("empty", "", GSM_7, 0, 1),
                arguments("160 GSM", "a".repeat(160), GSM_7, 160, 1),
                arguments("161 GSM", "a".repeat(161), GSM_7, 161, 2),
                arguments("306 GSM", "a".repeat(306), GSM_7, 306, 2),
                arguments("307 GSM", "a".repeat(307), GSM_7, 307, 3),
                arguments("euro costs two", "a".repeat(159) + "€", GSM_7, 161, 2),
                arguments("bracket costs two", "[" + "a".repeat(158), GSM_7, 160, 1),
                arguments(
                        "escape not split at 153",
                        "a".repeat(152) + "€" + "a".repeat(10),
                        GSM_7,
                        164,
                        2),
                arguments(
                        "escape pushed to third part",
                        "a".repeat(152) + "€" + "a".repeat(152) + "€",
                        GSM_7,
                        308,
                        3),
                arguments("£ is basic GSM", "Costs £5", GSM_7, 8, 1),
                arguments(
                        "Polish ł forces UCS-2",
                        "Dziękuję, mamy Twoją wiadomość. Cześć ł",
                        UCS_2,
                        39,
                        1),
                arguments("lower-case ç is not GSM", "ça va", UCS_2, 5, 1),
                arguments("backtick is not GSM", "`", UCS_2, 1, 1),
                arguments("Urdu", urdu, UCS_2, 21, 1),
                arguments("70 UCS-2", "ł".repeat(70), UCS_2, 70, 1),
                arguments("71 UCS-2", "ł".repeat(71), UCS_2, 71, 2),
                arguments("134 UCS-2", "ł".repeat(134), UCS_2, 134, 2),
                arguments("135 UCS-2", "ł".repeat(135), UCS_2, 135, 3),
                arguments("emoji count two", "hi 👋", UCS_2, 5, 1),
                arguments("35 emoji = 70 units", "👍".repeat(35), UCS_2, 70, 1),
                arguments(
                        "surrogate pair not split at 67",
                        "ł".repeat(66) + "👍" + "ł".repeat(10),
                        UCS_2,
                        78,
                        2),
                // a grapheme cluster that would straddle unit 67 starts the next part, as Twilio
                // splits
                arguments(
                        "Bengali 134, vowel sign at 67",
                        BENGALI_KA.repeat(66) + BENGALI_KI + BENGALI_KA.repeat(66),
                        UCS_2,
                        134,
                        3),
                arguments(
                        "Bengali 134, nothing straddles",
                        BENGALI_KA.repeat(65) + BENGALI_KI + BENGALI_KA.repeat(67),
                        UCS_2,
                        134,
                        2),
                arguments(
                        "Bengali 135",
                        BENGALI_KA.repeat(66) + BENGALI_KI + BENGALI_KA.repeat(67),
                        UCS_2,
                        135,
                        3),
                arguments(
                        "Bengali 136, two straddle",
                        BENGALI_KA.repeat(66)
                                + BENGALI_KI
                                + BENGALI_KA.repeat(65)
                                + BENGALI_KI
                                + "ক",
                        UCS_2,
                        136,
                        3),
                arguments(
                        "Bengali 137",
                        BENGALI_KA.repeat(66) + BENGALI_KI + BENGALI_KA.repeat(69),
                        UCS_2,
                        137,
                        3),
                arguments(
                        "Bengali 70 stays one message",
                        BENGALI_KA.repeat(66) + BENGALI_KI + "কক",
                        UCS_2,
                        70,
                        1),
                arguments(
                        "Gurmukhi vowel sign at 67",
                        "ਕ".repeat(66) + "ਕਿ" + "ਕ".repeat(66),
                        UCS_2,
                        134,
                        3),
                arguments(
                        "family emoji (ZWJ) at 67",
                        "ł".repeat(62) + FAMILY + "ł".repeat(64),
                        UCS_2,
                        134,
                        3),
                arguments("flag at 67", "ł".repeat(65) + "🇬🇧" + "ł".repeat(65), UCS_2, 134, 3),
                arguments(
                        "skin tone at 67",
                        "ł".repeat(65) + "👋🏽" + "ł".repeat(65),
                        UCS_2,
                        134,
                        3));
    }

    private static final String BENGALI_KA = "ক";
    private static final String BENGALI_KI =
            "কি"; // KA + vowel sign I (U+09BF): one character to a reader
    private static final String FAMILY =
            "👨\u200D👩\u200D👧"; // 8 UTF-16 units, one character to a reader

    @Test
    void noPartEndsInsideACharacterAReaderSeesAsOneAndNoneIsOverTheLimit() {
        java.util.Random random = new java.util.Random(13);
        String[] pieces = {
            "ক", "কি", "ক্ষ", "ਕਿ", "ਸ੍ਰੀ", "👍", "👋🏽", "🇬🇧", FAMILY, "ł", " ", "،", "م"
        };
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 120 + random.nextInt(100)) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            java.util.List<String> parts = SmsSegments.parts(text.toString());
            assertThat(String.join("", parts)).isEqualTo(text.toString());
            assertThat(parts)
                    .allSatisfy(
                            part ->
                                    assertThat(part.length())
                                            .isLessThanOrEqualTo(UCS_2.partLimit()));
            int at = 0;
            com.ibm.icu.text.BreakIterator clusters =
                    com.ibm.icu.text.BreakIterator.getCharacterInstance();
            clusters.setText(text.toString());
            for (String part : parts.subList(0, parts.size() - 1)) {
                at += part.length();
                assertThat(clusters.isBoundary(at))
                        .as("part boundary at %d of %s", at, text)
                        .isTrue();
            }
            assertThat(SmsSegments.of(text.toString()).segments()).isEqualTo(parts.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodingUnitsAndSegments(
            String name, String text, SmsEncoding encoding, int units, int segments) {
        assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(encoding, units, segments));
    }

    @Test
    void costMultiplierAgainstEnglish() {
        SmsSegments english = SmsSegments.of("What would help you to get well and stay well?");
        SmsSegments urdu = SmsSegments.of("ل".repeat(100));

        assertThat(urdu.segments()).isEqualTo(2);
        assertThat(urdu.costMultiplierAgainst(english)).isEqualTo(2.0);
    }
}
