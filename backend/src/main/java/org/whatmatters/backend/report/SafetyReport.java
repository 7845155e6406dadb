package org.whatmatters.backend.report;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Safety: crisis alerts raised in the period (by anyone, whether or not they finished
 * self-referral; for one organisation, its people's), how many were acknowledged and how quickly
 * (minutes from the crisis message to the first acknowledgement of any of its alerts), how many
 * escalated (nobody acknowledged in time, so the duty worker or the partner's lead was alerted),
 * and how many are still open.
 */
@Singleton
class SafetyReport implements ReportKind {

    private final Rows rows;

    SafetyReport(Rows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "safety";
    }

    @Override
    public String title() {
        return "Safety: crisis alerts";
    }

    @Override
    public List<String> notes() {
        return List.of(
                "Crisis alerts raised in the period. Time to acknowledgement: minutes from the crisis message to the first"
                        + " acknowledgement of any of its alerts, among those acknowledged.",
                "Escalated: an alert went beyond the first recipients (to the team duty worker or the partner's lead).");
    }

    @Override
    public List<ReportTable> tables(Cohort cohort) {
        ReportScope scope = cohort.scope();
        List<Object> parameters = new ArrayList<>(List.of(scope.start(), scope.end()));
        String organisation = "";
        if (scope.organisationId() != null) {
            organisation =
                    " AND e.person_id IN (SELECT r.person_id FROM referral r WHERE r.organisation_id = ?)";
            parameters.add(scope.organisationId());
        }
        long raised = 0;
        long acknowledged = 0;
        long escalated = 0;
        Durations toAcknowledge = Durations.inMinutes();
        for (Map<String, Object> event :
                rows.query(
                        "SELECT e.id, e.created_at, e.handled_at,"
                                + " (SELECT MIN(a.acknowledged_at) FROM alert a WHERE a.event_id = e.id) AS acknowledged_at,"
                                + " (SELECT COUNT(*) FROM alert a WHERE a.event_id = e.id AND a.level > 0) AS escalations"
                                + " FROM person_event e WHERE e.kind = 'CRISIS' AND e.created_at >= ? AND e.created_at < ?"
                                + organisation,
                        parameters)) {
            raised++;
            Instant at =
                    event.get("acknowledged_at") != null
                            ? (Instant) event.get("acknowledged_at")
                            : (Instant) event.get("handled_at");
            if (at != null) {
                acknowledged++;
                toAcknowledge.add((Instant) event.get("created_at"), at);
            }
            if ((Long) event.get("escalations") > 0) {
                escalated++;
            }
        }
        ReportTable alerts =
                ReportTable.of("alerts", "Crisis alerts", List.of("measure"), List.of("alerts"))
                        .row(List.of("raised"), raised)
                        .row(List.of("acknowledged"), acknowledged)
                        .row(List.of("escalated"), escalated)
                        .row(List.of("still open"), raised - acknowledged)
                        .build();
        ReportTable time =
                ReportTable.of(
                                "acknowledgement",
                                "Time to acknowledgement",
                                List.of("measure"),
                                List.of("median minutes", "90th percentile minutes", "alerts"))
                        .row(
                                List.of("time to acknowledgement"),
                                toAcknowledge.median(),
                                toAcknowledge.p90(),
                                acknowledged)
                        .build();
        return List.of(alerts, time);
    }
}
