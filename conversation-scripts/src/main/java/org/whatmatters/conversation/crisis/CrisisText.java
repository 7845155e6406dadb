package org.whatmatters.conversation.crisis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text reduced for crisis matching: NFKC, lower case, accents dropped from Latin and Arabic letters
 * (people type "nie chce zyc" for "nie chcę żyć", and Arabic with or without hamza and vowel
 * marks), the letters Arabic and Urdu keyboards write differently folded together (ي ى ی, ك ک, ة ه
 * ہ, ں ن, ؤ و, ئ ی, tatweel gone), the marks people leave out in Gurmukhi and Bengali dropped
 * (nukta, addak, chandrabindu; tippi as bindi), every run of non-letters one space, and a letter
 * repeated cut to one ("diiiie" → "die", and "kill" → "kil" on both sides alike). Vowel signs in
 * Indic scripts stay. Also how near a written word may be to a listed one.
 */
final class CrisisText {

    private static final Pattern LATIN_ARABIC_MARKS =
            Pattern.compile("(?<=[\\p{IsLatin}\\p{IsArabic}])\\p{M}+");
    private static final Pattern ALEF = Pattern.compile("[أإآٱ]");

    /**
     * Marks people often leave out: Gurmukhi nukta and addak, Bengali and Devanagari nukta, Bengali
     * chandrabindu, tatweel.
     */
    private static final Pattern OPTIONAL_MARKS =
            Pattern.compile("[\u0A3C\u0A71\u09BC\u093C\u0981\u0640]");

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

    /** Shortest listed word a slip is allowed in: one letter left out, added or swapped. */
    static final int SLIP_MIN_LENGTH = 4;

    /**
     * Shortest listed word one wrong letter is allowed in ("live" and "love" are both words;
     * "suicidel" is a slip).
     */
    static final int WRONG_LETTER_MIN_LENGTH = 5;

    /** Negations, matched exactly: one letter less turns "cant go on" into "can go on". */
    private static final Set<String> EXACT_ONLY =
            Set.of(
                    "cant",
                    "cannot",
                    "dont",
                    "wont",
                    "isnt",
                    "wasnt",
                    "werent",
                    "arent",
                    "aint",
                    "didnt",
                    "doesnt",
                    "havent",
                    "hasnt",
                    "couldnt",
                    "wouldnt",
                    "shouldnt");

    private CrisisText() {}

    static String normalise(String text) {
        String lower =
                Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
        String decomposed =
                LATIN_ARABIC_MARKS
                        .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                        .replaceAll("");
        String withoutOptional = OPTIONAL_MARKS.matcher(decomposed).replaceAll("");
        String folded =
                ALEF.matcher(
                                Normalizer.normalize(withoutOptional, Normalizer.Form.NFC)
                                        .replace('ł', 'l')
                                        .replace('đ', 'd')
                                        .replace('ø', 'o'))
                        .replaceAll("ا")
                        .replace('ى', 'ی')
                        .replace('ي', 'ی')
                        .replace('ئ', 'ی')
                        .replace('ك', 'ک')
                        .replace('ة', 'ه')
                        .replace('ہ', 'ه')
                        .replace('ۃ', 'ه')
                        .replace('ں', 'ن')
                        .replace('ؤ', 'و')
                        .replace('\u0A70', '\u0A02')
                        .replace("'", "")
                        .replace("’", "");
        String spaced = NOT_LETTERS.matcher(folded).replaceAll(" ").trim();
        return REPEATS.matcher(spaced).replaceAll("$1");
    }

    /**
     * Whether {@code written} is the listed word {@code listed}, or a typing slip of it: for a
     * Latin-letter word of {@link #SLIP_MIN_LENGTH}+ letters, one letter left out, added or two
     * swapped, and for {@link #WRONG_LETTER_MIN_LENGTH}+ letters one letter wrong, with the first
     * letter right. Negations must be exact, and an s added at the end is another word, not a slip
     * ("jumps", "cuts": someone else, or a noun).
     */
    static boolean sameWordOrSlip(String listed, String written) {
        return sameWordOrSlip(listed, slipsAllowedIn(listed), written);
    }

    /**
     * As {@link #sameWordOrSlip(String, String)}, with {@link #slipsAllowedIn} worked out
     * beforehand.
     */
    static boolean sameWordOrSlip(String listed, boolean slipsAllowed, String written) {
        if (listed.equals(written)) {
            return true;
        }
        if (!slipsAllowed
                || written.isEmpty()
                || listed.charAt(0) != written.charAt(0)
                || (written.length() == listed.length() + 1
                        && written.endsWith("s")
                        && written.startsWith(listed))) {
            return false;
        }
        return withinOneEdit(written, listed, listed.length() >= WRONG_LETTER_MIN_LENGTH);
    }

    /**
     * Whether a listed word may match with a typing slip: Latin letters, long enough, not a
     * negation.
     */
    static boolean slipsAllowedIn(String listed) {
        return listed.length() >= SLIP_MIN_LENGTH
                && !EXACT_ONLY.contains(listed)
                && LATIN_WORD.matcher(listed).matches();
    }

    /**
     * Whether two words differ by at most one insertion, deletion or swap of neighbours, or (if
     * allowed) substitution.
     */
    static boolean withinOneEdit(String a, String b, boolean substitution) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int first = 0;
        while (first < a.length() && first < b.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (a.length() == b.length()) {
            int rest = a.length() - first - 1;
            boolean swapped =
                    rest > 0
                            && a.charAt(first) == b.charAt(first + 1)
                            && a.charAt(first + 1) == b.charAt(first)
                            && a.regionMatches(first + 2, b, first + 2, rest - 1);
            return swapped || (substitution && a.regionMatches(first + 1, b, first + 1, rest));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.regionMatches(first + 1, shorter, first, shorter.length() - first);
    }
}
