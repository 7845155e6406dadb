package org.whatmatters.translations.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * How a text will travel as SMS: its encoding, its length in that encoding's units, and how many
 * segments (billed messages) it takes. GSM-7 counts septets, with the extension characters
 * ({@code ^ { } \ [ ~ ] | €} and form feed) costing two; UCS-2 counts 16-bit units, so a character outside
 * the Basic Multilingual Plane (most emoji) costs two. A split never cuts an escape sequence or a
 * surrogate pair, so parts are counted by walking the text, not by dividing.
 */
public record SmsSegments(SmsEncoding encoding, int units, int segments) {

    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        boolean gsm = text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
        List<Integer> costs = new ArrayList<>();
        if (gsm) {
            text.chars().forEach(c -> costs.add(GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1));
        } else {
            text.codePoints().forEach(cp -> costs.add(Character.charCount(cp)));
        }
        SmsEncoding encoding = gsm ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
        int units = costs.stream().mapToInt(Integer::intValue).sum();
        if (units <= encoding.singleLimit()) {
            return new SmsSegments(encoding, units, 1);
        }
        int parts = 1;
        int used = 0;
        for (int cost : costs) {
            if (used + cost > encoding.partLimit()) {
                parts++;
                used = 0;
            }
            used += cost;
        }
        return new SmsSegments(encoding, units, parts);
    }

    /** How many times the cost of {@code english} this text is (segments against segments). */
    public double costMultiplierAgainst(SmsSegments english) {
        return (double) segments / english.segments();
    }
}
