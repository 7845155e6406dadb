package org.whatmatters.translations.sms;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * How a text will travel as SMS: its encoding, its length in that encoding's units, and how many
 * segments (billed messages) it takes. GSM-7 counts septets, with the extension characters ({@code
 * ^ { } \ [ ~ ] | €} and form feed) costing two; UCS-2 counts 16-bit units, so a character outside
 * the Basic Multilingual Plane (most emoji) costs two.
 *
 * <p>Parts are counted as Twilio splits them: a split never cuts a character a reader sees as one —
 * a grapheme cluster (ICU's {@link BreakIterator#getCharacterInstance}): a letter with its Bengali
 * or Gurmukhi vowel sign, an emoji with its modifiers and joiners, a flag's two regional
 * indicators, an escape sequence, a surrogate pair. A cluster that does not fit in what is left of
 * a part starts the next one, so the count is made by walking the clusters, not by dividing.
 */
public record SmsSegments(SmsEncoding encoding, int units, int segments) {

    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        boolean gsm = isGsm(text);
        SmsEncoding encoding = gsm ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += cost(text.charAt(i), gsm);
        }
        return new SmsSegments(encoding, units, parts(text).size());
    }

    /**
     * The text as the parts a phone receives (one part when it fits in a single message), each
     * within the encoding's part limit and none ending inside a grapheme cluster.
     */
    public static List<String> parts(String text) {
        boolean gsm = isGsm(text);
        SmsEncoding encoding = gsm ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += cost(text.charAt(i), gsm);
        }
        if (units <= encoding.singleLimit()) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        clusters.setText(text);
        int partStart = 0;
        int used = 0;
        int start = clusters.first();
        for (int end = clusters.next();
                end != BreakIterator.DONE;
                start = end, end = clusters.next()) {
            int cost = 0;
            for (int i = start; i < end; i++) {
                cost += cost(text.charAt(i), gsm);
            }
            if (used > 0 && used + cost > encoding.partLimit()) {
                parts.add(text.substring(partStart, start));
                partStart = start;
                used = 0;
            }
            used += cost;
        }
        parts.add(text.substring(partStart));
        return parts;
    }

    private static boolean isGsm(String text) {
        return text.chars()
                .allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    private static int cost(char c, boolean gsm) {
        return gsm && GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1;
    }

    /** How many times the cost of {@code english} this text is (segments against segments). */
    public double costMultiplierAgainst(SmsSegments english) {
        return (double) segments / english.segments();
    }
}
