package org.whatmatters.backend.rights;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a person (UK GDPR article 17, or the retention job): everything they wrote or were sent
 * goes, and what must stay for the record and for reports stays without content. Kept: the person
 * row with its number replaced (so counts hold and the number is gone), that events and alerts were
 * raised (kind, urgency, times, who acknowledged; no detail), follow-up contacts and referral
 * statuses (no reasons or items), signposting offers, and the audit of who read their records.
 * Deleted: answers, conversation state, messages both ways, notes. Any other table with a {@code
 * person_id} (one added later) has its rows about them deleted: content is never assumed safe to
 * keep.
 */
@Singleton
public class Erasure {

    private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);

    /** Kept rows, and their columns that are cleared. */
    private static final Map<String, List<String>> KEPT_WITHOUT =
            Map.of(
                    "person_event", List.of("detail"),
                    "alert", List.of(),
                    "referral", List.of("item", "signed_for_by"),
                    "follow_up_contact", List.of(),
                    "follow_up_change", List.of("reason"),
                    "signpost_offer", List.of(),
                    "staff_read", List.of());

    /** Deleted before the others, children first (outbound replies point at inbound messages). */
    private static final List<String> DELETED_FIRST =
            List.of("outbound_message", "inbound_message", "fact", "conversation", "person_note");

    private static final Set<String> NOT_A_PERSONS = Set.of("person");

    private final DataSource dataSource;
    private final Clock clock;

    Erasure(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Erases one person; false when there is no such person or they were erased already. */
    @Transactional
    public boolean erase(long personId) {
        try {
            Connection connection = dataSource.getConnection();
            boolean found = false;
            String phoneHash = null;
            try (PreparedStatement find =
                    connection.prepareStatement(
                            "SELECT phone_e164_hash FROM person WHERE id = ? AND erased_at IS NULL")) {
                find.setLong(1, personId);
                try (var row = find.executeQuery()) {
                    if (row.next()) {
                        found = true;
                        phoneHash = row.getString(1);
                    }
                }
            }
            if (!found) {
                return false;
            }
            List<String> tables = new ArrayList<>(PersonTables.in(connection));
            for (String table : DELETED_FIRST) {
                if (tables.remove(table)) {
                    update(connection, "DELETE FROM " + table + " WHERE person_id = ?", personId);
                }
            }
            // messages stored before they were matched to the person
            if (phoneHash != null) {
                update(
                        connection,
                        "DELETE FROM inbound_message WHERE person_id IS NULL AND from_address_hash = ?",
                        phoneHash);
            }
            update(
                    connection,
                    "UPDATE referral_change SET reason = NULL WHERE referral_id IN (SELECT id FROM referral WHERE person_id = ?)",
                    personId);
            for (String table : tables) {
                if (NOT_A_PERSONS.contains(table)) {
                    continue;
                }
                List<String> cleared = KEPT_WITHOUT.get(table);
                if (cleared == null) {
                    update(connection, "DELETE FROM " + table + " WHERE person_id = ?", personId);
                } else if (!cleared.isEmpty()) {
                    update(
                            connection,
                            "UPDATE "
                                    + table
                                    + " SET "
                                    + String.join(" = NULL, ", cleared)
                                    + " = NULL WHERE person_id = ?",
                            personId);
                }
            }
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement person =
                    connection.prepareStatement(
                            "UPDATE person SET phone_e164 = ?, phone_e164_hash = NULL, erased_at = ?, opted_out_at = COALESCE(opted_out_at, ?) "
                                    + "WHERE id = ?")) {
                person.setString(1, "erased-" + personId);
                person.setTimestamp(2, now);
                person.setTimestamp(3, now);
                person.setLong(4, personId);
                person.executeUpdate();
            }
            LOG.info("person {} erased", personId);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot erase person " + personId, e);
        }
    }

    /**
     * Erases everyone with no message either way and no new record since {@code cutoff}; how many.
     */
    @Transactional
    public int eraseInactiveSince(Instant cutoff) {
        List<Long> inactive = new ArrayList<>();
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement find =
                    connection.prepareStatement(
                            "SELECT p.id FROM person p WHERE p.erased_at IS NULL AND p.created_at < ?"
                                    + " AND NOT EXISTS (SELECT 1 FROM inbound_message i WHERE i.person_id = p.id AND i.received_at >= ?)"
                                    + " AND NOT EXISTS (SELECT 1 FROM outbound_message o WHERE o.person_id = p.id AND o.created_at >= ?)"
                                    + " AND NOT EXISTS (SELECT 1 FROM follow_up_contact c WHERE c.person_id = p.id AND c.due_at >= ?)")) {
                Timestamp at = Timestamp.from(cutoff);
                for (int i = 1; i <= 4; i++) {
                    find.setTimestamp(i, at);
                }
                try (var rows = find.executeQuery()) {
                    while (rows.next()) {
                        inactive.add(rows.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find inactive people", e);
        }
        inactive.forEach(this::erase);
        return inactive.size();
    }

    private static void update(Connection connection, String sql, Object parameter)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }
}
