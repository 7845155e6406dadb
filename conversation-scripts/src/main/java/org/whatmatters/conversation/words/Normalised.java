package org.whatmatters.conversation.words;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text reduced to what matters for matching a reply: NFKC, lower case, digits of any script as
 * ASCII, punctuation and extra spaces gone.
 */
public final class Normalised {

    private static final Pattern NOT_WORDS = Pattern.compile("[\\p{P}\\p{S}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Normalised() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded =
                asciiDigits(
                        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        return SPACES.matcher(NOT_WORDS.matcher(folded).replaceAll(" ")).replaceAll(" ").trim();
    }

    /**
     * Every decimal digit written in another script — Arabic-Indic ٢, Urdu and Persian ۲, Bengali
     * ২, Gurmukhi ੨, Devanagari २ and the rest of Unicode's decimal digits — as its ASCII digit, so
     * "٣" answers "3".
     */
    public static String asciiDigits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint > 0x7F
                    && Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append((char) ('0' + Character.digit(codePoint, 10)));
            } else if (out != null) {
                out.appendCodePoint(codePoint);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
