package org.whatmatters.backend.report;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.referral.DeclineReason;

/**
 * The journey funnel: how many got from first contact to the third follow-up contact, declines by
 * reason, and the days between stages (median, 90th percentile) among those who reached both.
 */
@Singleton
class JourneyFunnel implements ReportKind {

    /** A stage: its label and the status (or contact) whose first time marks it. */
    private record Stage(String label, String key) {}

    private static final String FIRST_CONTACT = "FIRST_CONTACT";
    private static final String DECISION = "DECISION";
    private static final List<Stage> STAGES =
            List.of(
                    new Stage("first contact", FIRST_CONTACT),
                    new Stage("self-referral done", "SELF_REFERRED"),
                    new Stage("what matters done", "WHAT_MATTERS_DONE"),
                    new Stage("accepted", "ACCEPTED"),
                    new Stage("declined", "DECLINED"),
                    new Stage("ordered", "ITEM_ORDERED"),
                    new Stage("delivered", "DELIVERED"),
                    new Stage("contact 1 reached", "CONTACT_1"),
                    new Stage("contact 2 reached", "CONTACT_2"),
                    new Stage("contact 3 reached", "CONTACT_3"));

    /** The steps whose times are measured: each from the one before. */
    private static final List<Stage> STEPS =
            List.of(
                    new Stage("first contact", FIRST_CONTACT),
                    new Stage("self-referral done", "SELF_REFERRED"),
                    new Stage("what matters done", "WHAT_MATTERS_DONE"),
                    new Stage("accepted or declined", DECISION),
                    new Stage("ordered", "ITEM_ORDERED"),
                    new Stage("delivered", "DELIVERED"),
                    new Stage("contact 1 reached", "CONTACT_1"),
                    new Stage("contact 2 reached", "CONTACT_2"),
                    new Stage("contact 3 reached", "CONTACT_3"));

    private final Rows rows;

    JourneyFunnel(Rows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "funnel";
    }

    @Override
    public String title() {
        return "Journey funnel";
    }

    @Override
    public List<String> notes() {
        return List.of(
                "People who finished self-referral in the period, and everything that has happened to them since.",
                "First contact: for all organisations, everyone whose first message came in the period; for one organisation,"
                        + " its people of the period (nobody belongs to an organisation before their self-referral is done).",
                "A contact is reached when it was completed (the conversation finished, or the partner recorded reaching them).",
                "Days between stages: among the people who reached both; 90th percentile by nearest rank.");
    }

    @Override
    public List<ReportTable> tables(Cohort cohort) {
        ReportTable.Builder stages =
                ReportTable.of(
                        "stages", "People at each stage", List.of("stage"), List.of("people"));
        for (Stage stage : STAGES) {
            long people =
                    stage.key().equals(FIRST_CONTACT)
                            ? firstContacts(cohort)
                            : cohort.journeys().stream()
                                    .filter(journey -> journey.reached().containsKey(stage.key()))
                                    .count();
            stages.row(List.of(stage.label()), people);
        }
        ReportTable.Builder declined =
                ReportTable.of(
                        "declined", "Declined, by reason", List.of("reason"), List.of("people"));
        for (DeclineReason reason : DeclineReason.values()) {
            declined.row(
                    List.of(reason.name()),
                    cohort.journeys().stream()
                            .filter(
                                    journey ->
                                            journey.reached().containsKey("DECLINED")
                                                    && reason.name()
                                                            .equals(journey.declineReason()))
                            .count());
        }
        ReportTable.Builder days =
                ReportTable.of(
                        "days",
                        "Days between stages",
                        List.of("from", "to"),
                        List.of("median days", "90th percentile days", "people"));
        for (int i = 1; i < STEPS.size(); i++) {
            Stage from = STEPS.get(i - 1);
            Stage to = STEPS.get(i);
            Durations durations = Durations.inDays();
            cohort.journeys()
                    .forEach(
                            journey ->
                                    durations.add(at(journey, from.key()), at(journey, to.key())));
            days.row(
                    List.of(from.label(), to.label()),
                    durations.median(),
                    durations.p90(),
                    (long) durations.median().people());
        }
        return List.of(stages.build(), declined.build(), days.build());
    }

    private long firstContacts(Cohort cohort) {
        if (cohort.scope().organisationId() != null) {
            return cohort.personIds().size();
        }
        return (Long)
                rows.query(
                                "SELECT COUNT(*) AS people FROM person WHERE created_at >= ? AND created_at < ?",
                                List.of(cohort.scope().start(), cohort.scope().end()))
                        .get(0)
                        .get("people");
    }

    private static Instant at(Cohort.Journey journey, String key) {
        Map<String, Instant> reached = journey.reached();
        return switch (key) {
            case FIRST_CONTACT -> journey.firstContact();
            case DECISION ->
                    reached.containsKey("ACCEPTED")
                            ? reached.get("ACCEPTED")
                            : reached.get("DECLINED");
            default -> reached.get(key);
        };
    }
}
