package org.whatmatters.backend.caseload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's answers grouped the way a partner reads them: about them, what matters to them in
 * their own words, how to keep in touch, consent, their care coordinator, and what the follow-ups
 * heard.
 */
final class AnswerGroups {

    private static final Map<String, List<String>> GROUPS = groups();

    private AnswerGroups() {}

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("aboutThem", List.of("preferred_name", "language", "adult", "area", "support"));
        groups.put(
                "whatMatters",
                List.of(
                        "who_matters",
                        "admired_qualities",
                        "stopped_enjoying",
                        "beliefs",
                        "get_well",
                        "one_thing",
                        "know_it_helped"));
        groups.put(
                "keepingInTouch",
                List.of(
                        "contact_channel",
                        "contact_days",
                        "contact_times",
                        "voicemail_ok",
                        "letter_ok",
                        "call_language",
                        "wants_interpreter"));
        groups.put("consent", List.of("consent_to_continue", "consent_share_coordinator"));
        groups.put(
                "careCoordinator",
                List.of(
                        "has_coordinator",
                        "coordinator_name",
                        "coordinator_team",
                        "coordinator_phone"));
        groups.put(
                "followUps",
                List.of(
                        "item_arrived",
                        "delivery_problem",
                        "first_impression",
                        "item_problem",
                        "going_score",
                        "going_words",
                        "difference_made",
                        "do_better",
                        "wants_signposting",
                        "signpost_used"));
        return groups;
    }

    /** Each group's answers (those known), in question order. */
    static Map<String, Map<String, String>> of(Map<String, String> answers) {
        Map<String, Map<String, String>> grouped = new LinkedHashMap<>();
        GROUPS.forEach(
                (group, names) -> {
                    Map<String, String> known = new LinkedHashMap<>();
                    names.stream()
                            .filter(answers::containsKey)
                            .forEach(name -> known.put(name, answers.get(name)));
                    grouped.put(group, known);
                });
        return grouped;
    }
}
