package org.whatmatters.conversation.crisis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text reduced for crisis matching: NFKC, lower case, accents dropped from Latin and Arabic letters
 * (people type "nie chce zyc" for "nie chcę żyć", and Arabic with or without hamza and vowel marks),
 * every run of non-letters one space, and a letter repeated cut to one ("diiiie" → "die", and "kill" → "kil" on both sides alike).
 * Marks in Indic scripts are vowels, so they stay.
 */
final class CrisisText {

    private static final Pattern LATIN_ARABIC_MARKS = Pattern.compile("(?<=[\\p{IsLatin}\\p{IsArabic}])\\p{M}+");
    private static final Pattern ALEF = Pattern.compile("[أإآٱ]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1+");

    private CrisisText() {
    }

    static String normalise(String text) {
        String lower = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = LATIN_ARABIC_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String folded = ALEF.matcher(Normalizer.normalize(decomposed, Normalizer.Form.NFC)
                .replace('ł', 'l').replace('đ', 'd').replace('ø', 'o')).replaceAll("ا")
                .replace('ى', 'ي').replace("'", "").replace("’", "");
        String spaced = NOT_LETTERS.matcher(folded).replaceAll(" ").trim();
        return REPEATS.matcher(spaced).replaceAll("$1");
    }

    /** Whether two words differ by at most one insertion, deletion or substitution. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !edited || (i == a.length() && j == b.length());
    }
}
