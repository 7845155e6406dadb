package org.whatmatters.conversation.words;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text reduced to what matters for matching a reply: NFKC, lower case, punctuation and extra spaces gone. */
public final class Normalised {

    private static final Pattern NOT_WORDS = Pattern.compile("[\\p{P}\\p{S}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Normalised() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(NOT_WORDS.matcher(folded).replaceAll(" ")).replaceAll(" ").trim();
    }
}
