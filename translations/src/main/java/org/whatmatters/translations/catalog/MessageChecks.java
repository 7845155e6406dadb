package org.whatmatters.translations.catalog;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.whatmatters.translations.sms.SmsSegments;

/**
 * Checks a translation against its English source before it is saved: the same ICU placeholders and
 * plural/select arguments, no stray bidirectional control characters (the renderer isolates what
 * needs isolating; a hidden RLO can reverse a phone number), and a warning when the text takes more
 * than three SMS segments.
 */
public final class MessageChecks {

    public static final int MAX_SEGMENTS = 3;

    /**
     * Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and the invisible
     * direction marks that can flip a number's order as well: left-to-right mark U+200E,
     * right-to-left mark U+200F, Arabic letter mark U+061C.
     */
    private static final String BIDI_CONTROLS =
            "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

    /**
     * A problem found: an error stops the save, a warning is shown beside it; {@code flag} says
     * which check found it.
     */
    public record Finding(boolean error, String message, Flag.Code flag) {}

    private MessageChecks() {}

    public static List<Finding> check(String source, String translation) {
        List<Finding> findings = new ArrayList<>();
        if (translation == null || translation.isBlank()) {
            return findings;
        }
        TreeSet<String> expected;
        TreeSet<String> actual;
        try {
            expected = arguments(source);
        } catch (IllegalArgumentException e) {
            findings.add(
                    new Finding(
                            true,
                            "the English source is not a valid ICU message: " + e.getMessage(),
                            Flag.Code.ICU));
            return findings;
        }
        try {
            actual = arguments(translation);
        } catch (IllegalArgumentException e) {
            findings.add(
                    new Finding(true, "not a valid ICU message: " + e.getMessage(), Flag.Code.ICU));
            return findings;
        }
        if (!expected.equals(actual)) {
            findings.add(
                    new Finding(
                            true,
                            "placeholders " + actual + " do not match the source's " + expected,
                            Flag.Code.PLACEHOLDERS));
        }
        for (int i = 0; i < translation.length(); i++) {
            if (BIDI_CONTROLS.indexOf(translation.charAt(i)) >= 0) {
                findings.add(
                        new Finding(
                                true,
                                String.format(
                                        "bidirectional control character U+%04X at position %d",
                                        (int) translation.charAt(i), i),
                                Flag.Code.BIDI_CONTROL));
                break;
            }
        }
        int segments = SmsSegments.of(translation).segments();
        if (segments > MAX_SEGMENTS) {
            findings.add(
                    new Finding(
                            false,
                            "takes " + segments + " SMS segments (more than " + MAX_SEGMENTS + ")",
                            Flag.Code.SEGMENTS));
        }
        return findings;
    }

    /** Each argument with its kind, e.g. {@code named_contact}, {@code count:plural}. */
    static TreeSet<String> arguments(String message) {
        MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        pattern.parse(message);
        TreeSet<String> arguments = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part name = pattern.getPart(i + 1);
                String argument = pattern.getSubstring(name);
                MessagePattern.ArgType type = part.getArgType();
                arguments.add(
                        type == MessagePattern.ArgType.NONE
                                ? argument
                                : argument + ":" + type.name().toLowerCase());
            }
        }
        return arguments;
    }
}
