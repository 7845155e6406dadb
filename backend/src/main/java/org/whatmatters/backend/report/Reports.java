package org.whatmatters.backend.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out a report for a scope: loads the cohort once, lets the report count, then suppresses
 * what leaves.
 */
@Singleton
public class Reports {

    private final Map<String, ReportKind> kinds = new LinkedHashMap<>();
    private final Rows rows;

    /** The order they are listed and shown in: the journey first, safety last. */
    static final List<String> ORDER =
            List.of(
                    "funnel",
                    "follow-ups",
                    "feedback",
                    "signposting",
                    "spending",
                    "reach",
                    "safety");

    Reports(List<ReportKind> reports, Rows rows) {
        reports.stream()
                .sorted(java.util.Comparator.comparingInt(kind -> ORDER.indexOf(kind.name())))
                .forEach(kind -> kinds.put(kind.name(), kind));
        this.rows = rows;
    }

    public List<String> names() {
        return List.copyOf(kinds.keySet());
    }

    Optional<ReportKind> find(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    @Transactional(readOnly = true)
    public Report run(ReportKind kind, ReportScope scope) {
        Cohort cohort = cohort(scope);
        List<ReportTable> tables = new ArrayList<>();
        for (ReportTable table : kind.tables(cohort)) {
            tables.add(scope.open() ? Suppression.open(table) : Suppression.apply(table));
        }
        List<String> notes = new ArrayList<>(kind.notes());
        notes.add(
                scope.open()
                        ? "Inside the organisation: every figure as counted, and people's own words. Do not share outside it."
                        : "Counts of 1 to 4, and medians and percentiles of fewer than 5 people, are shown as \"fewer than 5\".");
        return new Report(
                kind.name(),
                kind.title(),
                scope.from(),
                scope.to(),
                scope.organisationId(),
                !scope.open(),
                notes,
                tables,
                scope.open() ? kind.freeText(cohort) : List.of());
    }

    private Cohort cohort(ReportScope scope) {
        Map<Long, Map<String, Instant>> reached = new HashMap<>();
        for (Map<String, Object> change :
                rows.query(
                        "SELECT c.referral_id, c.to_status, MIN(c.changed_at) AS at FROM referral_change c"
                                + " JOIN referral r ON r.id = c.referral_id WHERE"
                                + Cohort.where(scope)
                                + " GROUP BY c.referral_id, c.to_status",
                        Cohort.parameters(scope))) {
            reached.computeIfAbsent((Long) change.get("referral_id"), id -> new HashMap<>())
                    .put((String) change.get("to_status"), (Instant) change.get("at"));
        }
        for (Map<String, Object> contact :
                rows.query(
                        "SELECT c.referral_id, c.contact_number, c.finished_at FROM follow_up_contact c"
                                + " JOIN referral r ON r.id = c.referral_id WHERE"
                                + Cohort.where(scope)
                                + " AND c.status = 'COMPLETED'",
                        Cohort.parameters(scope))) {
            reached.computeIfAbsent((Long) contact.get("referral_id"), id -> new HashMap<>())
                    .put(
                            "CONTACT_" + contact.get("contact_number"),
                            (Instant) contact.get("finished_at"));
        }
        List<Cohort.Journey> journeys = new ArrayList<>();
        for (Map<String, Object> referral :
                rows.query(
                        "SELECT r.id, r.person_id, r.organisation_id, r.decline_reason, r.created_at,"
                                + " p.created_at AS first_contact FROM referral r JOIN person p ON p.id = r.person_id WHERE"
                                + Cohort.where(scope)
                                + " ORDER BY r.id",
                        Cohort.parameters(scope))) {
            Long id = (Long) referral.get("id");
            Map<String, Instant> stages = new HashMap<>(reached.getOrDefault(id, Map.of()));
            stages.putIfAbsent("SELF_REFERRED", (Instant) referral.get("created_at"));
            journeys.add(
                    new Cohort.Journey(
                            id,
                            (Long) referral.get("person_id"),
                            (Long) referral.get("organisation_id"),
                            (Instant) referral.get("first_contact"),
                            stages,
                            (String) referral.get("decline_reason")));
        }
        return new Cohort(scope, journeys);
    }
}
