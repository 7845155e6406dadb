package org.whatmatters.backend.report;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.signposting.Place;
import org.whatmatters.backend.signposting.PostcodeAreas;

/**
 * Who is reached, so that inequality shows: the language people chose, the channels they wrote on,
 * how they asked to be contacted, whether they said they are 18 or over (the only age the
 * conversation asks), and their postcode area where their words name one. Every person counts once
 * in each table ("not known" where they did not say).
 */
@Singleton
class ReachReport implements ReportKind {

    static final String NOT_KNOWN = "not known";

    private final FactRepository facts;
    private final PostcodeAreas postcodes;
    private final Rows rows;

    ReachReport(FactRepository facts, PostcodeAreas postcodes, Rows rows) {
        this.facts = facts;
        this.postcodes = postcodes;
        this.rows = rows;
    }

    @Override
    public String name() {
        return "reach";
    }

    @Override
    public String title() {
        return "Who is reached";
    }

    @Override
    public List<String> notes() {
        return List.of(
                "People who finished self-referral in the period.",
                "Channel used: every channel a person answered on (a person who used two counts in both).",
                "Age group: the conversation asks only whether a person is 18 or over. Area: the postcode area (BD, LS, ...)"
                        + " their answer about where they live names, or not known.",
                "No equality questions (ethnicity and the like) are asked yet: see the README.");
    }

    @Override
    public List<ReportTable> tables(Cohort cohort) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(
                table(
                        "language",
                        "Language chosen",
                        "language",
                        byPerson(cohort, "language", value -> value)));
        tables.add(table("channel", "Channel used", "channel", channels(cohort)));
        tables.add(
                table(
                        "preferred-contact",
                        "How they asked to be contacted",
                        "contact",
                        byPerson(cohort, "contact_channel", value -> value)));
        tables.add(
                table(
                        "age-group",
                        "Age group",
                        "age group",
                        byPerson(
                                cohort,
                                "adult",
                                value ->
                                        "yes".equals(value)
                                                ? "18 or over"
                                                : "no".equals(value) ? "under 18" : NOT_KNOWN)));
        tables.add(
                table(
                        "area",
                        "Area",
                        "area",
                        byPerson(
                                cohort,
                                "area",
                                value -> {
                                    Place place = postcodes.placeOf(value);
                                    return place.known()
                                            ? String.join(
                                                    ";", new java.util.TreeSet<>(place.areas()))
                                            : NOT_KNOWN;
                                })));
        return tables;
    }

    /**
     * Each person's newest answer, grouped as {@code group} says; people who did not answer are
     * "not known".
     */
    private Map<String, Long> byPerson(Cohort cohort, String fact, Function<String, String> group) {
        Map<Long, String> newest = new HashMap<>();
        if (!cohort.personIds().isEmpty()) {
            for (Fact saved : facts.findByPersonIdInAndNameOrderById(cohort.personIds(), fact)) {
                newest.put(saved.personId(), saved.content());
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (Long person : cohort.personIds()) {
            String value = newest.get(person);
            counts.merge(
                    value == null || value.isBlank() ? NOT_KNOWN : group.apply(value.strip()),
                    1L,
                    Long::sum);
        }
        return counts;
    }

    private Map<String, Long> channels(Cohort cohort) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> row :
                rows.query(
                        "SELECT m.channel, COUNT(DISTINCT m.person_id) AS people FROM inbound_message m"
                                + " WHERE m.person_id IN (SELECT r.person_id FROM referral r WHERE"
                                + Cohort.where(cohort.scope())
                                + ")"
                                + " GROUP BY m.channel ORDER BY m.channel",
                        Cohort.parameters(cohort.scope()))) {
            counts.put((String) row.get("channel"), (Long) row.get("people"));
        }
        return counts;
    }

    private static ReportTable table(
            String name, String title, String label, Map<String, Long> counts) {
        ReportTable.Builder table = ReportTable.of(name, title, List.of(label), List.of("people"));
        counts.forEach((value, count) -> table.row(List.of(value), count));
        return table.build();
    }
}
