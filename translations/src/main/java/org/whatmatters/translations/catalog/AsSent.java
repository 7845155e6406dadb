package org.whatmatters.translations.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text as it goes out: placeholders filled with ICU MessageFormat in the language's locale
 * (plurals follow its rules, ICU quoting removed, so {@code '{'YES'}'} goes out as {@code {YES}}),
 * every filled-in value isolated left-to-right (U+2066 … U+2069) in Urdu and Arabic so a phone
 * number such as 116 123 is not reordered into 123 116, and a question followed by its numbered
 * choice lines. The serving code and the review figures both use this, so what an interpreter is
 * shown is what a person gets.
 */
public final class AsSent {

    public static final Set<String> RIGHT_TO_LEFT = Set.of("ur", "ar");
    static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    /**
     * Typical values for the figures, where the deployment gives none: a web address, a contact's
     * name, phone numbers, a local service with its details. Long rather than short, so a text that
     * fits with them fits.
     */
    public static final Map<String, String> TYPICAL =
            Map.ofEntries(
                    Map.entry("named_contact", "the WhatMatters team"),
                    Map.entry("privacy_url", "https://example.org/whatmatters/privacy"),
                    Map.entry("emergency", "999"),
                    Map.entry("samaritans", "116 123"),
                    Map.entry("nhs111", "NHS 111 and choose option 2"),
                    Map.entry("topic", "your details"),
                    Map.entry("signpost_asked", "Salford Mind"),
                    Map.entry("signpost_1", "Salford Mind"),
                    Map.entry("signpost_2", "Walking Together Group"),
                    Map.entry("signpost_3", "Greater Manchester Recovery Cafe"),
                    Map.entry(
                            "signpost_1_details",
                            "Salford Mind, 0161 212 4880, www.salfordmind.org.uk, Mon-Fri 9am-5pm"),
                    Map.entry(
                            "signpost_2_details",
                            "Walking Together Group, 07700 900123, Saturdays 10am"),
                    Map.entry(
                            "signpost_3_details",
                            "Greater Manchester Recovery Cafe, 0161 496 0000, www.example.org/cafe, Tue and Thu 1-4pm"));

    private static final String OTHER_VALUE = "Alex Smith";

    private AsSent() {}

    /**
     * Fills {@code pattern}'s placeholders from {@code facts}, as the service sends it to a person.
     */
    public static String format(String pattern, String language, Map<String, String> facts) {
        return formatValues(pattern, language, facts);
    }

    /**
     * The message a person would get for {@code pattern}: a question with its choice lines ({@code
     * options}, in order; none for other texts), placeholders filled with the deployment's values,
     * else typical ones. A pattern that is not a valid ICU message is measured as written.
     */
    public static String message(
            String pattern, List<String> options, String language, Map<String, String> deployment) {
        StringBuilder message = new StringBuilder(typical(pattern, language, deployment));
        for (int i = 0; i < options.size(); i++) {
            message.append('\n')
                    .append(i + 1)
                    .append(' ')
                    .append(typical(options.get(i), language, deployment));
        }
        return message.toString();
    }

    private static String typical(String pattern, String language, Map<String, String> deployment) {
        try {
            Map<String, Object> values = new HashMap<>();
            for (String argument : MessageChecks.arguments(pattern)) {
                String name =
                        argument.contains(":")
                                ? argument.substring(0, argument.indexOf(':'))
                                : argument;
                values.put(
                        name,
                        argument.endsWith(":plural") || argument.endsWith(":selectordinal")
                                ? (Object) 2
                                : deployment.getOrDefault(
                                        name, TYPICAL.getOrDefault(name, OTHER_VALUE)));
            }
            return formatValues(pattern, language, values);
        } catch (IllegalArgumentException notIcu) {
            return pattern;
        }
    }

    private static String formatValues(String pattern, String language, Map<String, ?> facts) {
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        Map<String, Object> values = new HashMap<>();
        boolean rtl = RIGHT_TO_LEFT.contains(language);
        facts.forEach(
                (name, value) ->
                        values.put(
                                name,
                                rtl && value instanceof String text
                                        ? LEFT_TO_RIGHT_ISOLATE + text + POP_DIRECTIONAL_ISOLATE
                                        : value));
        return MessageFormats.format(pattern, language, values);
    }
}
