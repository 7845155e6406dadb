package org.whatmatters.backend.report;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whatmatters.backend.followup.ContactChannel;

/**
 * What became of the follow-up contacts, by the channel each went (or was to go) by. Reached,
 * skipped, merged: contacts in that state now; postponed (LATER) and unreachable: contacts that
 * ever were; NO MORE and STOP: people whose contacts they stopped themselves and who are still
 * opted out (STOP) or declining (NO MORE), counted on the channel of the first contact it
 * cancelled.
 */
@Singleton
class FollowUpOutcomes implements ReportKind {

    static final List<String> OUTCOMES =
            List.of(
                    "reached",
                    "skipped",
                    "merged",
                    "postponed (LATER)",
                    "unreachable",
                    "declined further contact (NO MORE)",
                    "opted out (STOP)");

    private final Rows rows;

    FollowUpOutcomes(Rows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "follow-ups";
    }

    @Override
    public String title() {
        return "Follow-up outcomes by channel";
    }

    @Override
    public List<String> notes() {
        return List.of(
                "Follow-up contacts of the people who finished self-referral in the period.",
                "Reached, skipped, merged: contacts in that state now. Postponed and unreachable: contacts that ever were"
                        + " (one contact may be both). NO MORE and STOP: people, on the channel of the first contact the word ended.");
    }

    @Override
    public List<ReportTable> tables(Cohort cohort) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Map<String, Object> contact :
                rows.query(
                        "SELECT c.channel, c.status, COUNT(*) AS contacts FROM follow_up_contact c"
                                + " JOIN referral r ON r.id = c.referral_id WHERE"
                                + Cohort.where(cohort.scope())
                                + " AND c.status IN ('COMPLETED', 'SKIPPED', 'MERGED') GROUP BY c.channel, c.status",
                        Cohort.parameters(cohort.scope()))) {
            String outcome =
                    switch ((String) contact.get("status")) {
                        case "COMPLETED" -> "reached";
                        case "SKIPPED" -> "skipped";
                        default -> "merged";
                    };
            add(counts, (String) contact.get("channel"), outcome, (Long) contact.get("contacts"));
        }
        for (Map<String, Object> change :
                rows.query(
                        "SELECT c.channel, ch.action, COUNT(DISTINCT c.id) AS contacts FROM follow_up_change ch"
                                + " JOIN follow_up_contact c ON c.id = ch.contact_id JOIN referral r ON r.id = c.referral_id WHERE"
                                + Cohort.where(cohort.scope())
                                + " AND ch.action IN ('POSTPONED', 'UNREACHABLE') GROUP BY c.channel, ch.action",
                        Cohort.parameters(cohort.scope()))) {
            add(
                    counts,
                    (String) change.get("channel"),
                    "POSTPONED".equals(change.get("action")) ? "postponed (LATER)" : "unreachable",
                    (Long) change.get("contacts"));
        }
        Set<Long> counted = new HashSet<>();
        for (Map<String, Object> stop :
                rows.query(
                        "SELECT c.person_id, c.channel, p.opted_out_at, p.follow_ups_declined_at"
                                + " FROM follow_up_change ch JOIN follow_up_contact c ON c.id = ch.contact_id JOIN referral r ON r.id = c.referral_id"
                                + " JOIN person p ON p.id = c.person_id WHERE"
                                + Cohort.where(cohort.scope())
                                + " AND ch.action = 'STOPPED' AND ch.changed_by = 'person' ORDER BY c.contact_number",
                        Cohort.parameters(cohort.scope()))) {
            boolean optedOut = stop.get("opted_out_at") != null;
            if ((optedOut || stop.get("follow_ups_declined_at") != null)
                    && counted.add((Long) stop.get("person_id"))) {
                add(
                        counts,
                        (String) stop.get("channel"),
                        optedOut ? "opted out (STOP)" : "declined further contact (NO MORE)",
                        1L);
            }
        }
        ReportTable.Builder table =
                ReportTable.of(
                        "outcomes", "Follow-up outcomes by channel", List.of("channel"), OUTCOMES);
        for (ContactChannel channel : ContactChannel.values()) {
            Map<String, Long> ofChannel = counts.getOrDefault(channel.name(), Map.of());
            table.row(
                    List.of(channel.name()),
                    OUTCOMES.stream()
                            .map(outcome -> (Object) ofChannel.getOrDefault(outcome, 0L))
                            .toArray());
        }
        return List.of(table.build());
    }

    private static void add(
            Map<String, Map<String, Long>> counts, String channel, String outcome, long count) {
        counts.computeIfAbsent(channel, c -> new HashMap<>()).merge(outcome, count, Long::sum);
    }
}
