package org.whatmatters.backend.followup;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.whatmatters.backend.settings.SettingChecks;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether a person's number may have passed to someone else (hazard H2): they have not written for
 * FOLLOWUP_IDENTITY_CHECK_AFTER, or Twilio has said since they last wrote that the number is not in service
 * (21211 invalid, 21614 not a mobile, 30005 unknown or inactive, 30006 landline or unreachable carrier). Then a
 * follow-up is not texted: it becomes a task for the partner, who confirms who has the number first.
 */
@Singleton
class NumberStillTheirs {

    static final List<String> OUT_OF_SERVICE = List.of("21211", "21614", "30005", "30006");

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration identityCheckAfter;

    NumberStillTheirs(DataSource dataSource, Clock clock,
                      @Value("${whatmatters.followup.identity-check-after:183d}") Duration identityCheckAfter) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.identityCheckAfter = SettingChecks.positive("FOLLOWUP_IDENTITY_CHECK_AFTER", identityCheckAfter);
    }

    /** Runs in the caller's transaction (the due task's). */
    boolean needsConfirming(Long personId, Instant personCreatedAt) {
        try {
            Connection connection = dataSource.getConnection();
            Instant lastWrote = personCreatedAt;
            try (PreparedStatement last = connection.prepareStatement(
                    "SELECT MAX(received_at) FROM inbound_message WHERE person_id = ?")) {
                last.setLong(1, personId);
                try (ResultSet row = last.executeQuery()) {
                    if (row.next() && row.getTimestamp(1) != null && row.getTimestamp(1).toInstant().isAfter(lastWrote)) {
                        lastWrote = row.getTimestamp(1).toInstant();
                    }
                }
            }
            if (lastWrote.plus(identityCheckAfter).isBefore(clock.instant())) {
                return true;
            }
            try (PreparedStatement failed = connection.prepareStatement("SELECT COUNT(*) FROM outbound_message WHERE person_id = ? "
                    + "AND updated_at > ? AND error_code IN ('21211', '21614', '30005', '30006')")) {
                failed.setLong(1, personId);
                failed.setTimestamp(2, Timestamp.from(lastWrote));
                try (ResultSet row = failed.executeQuery()) {
                    return row.next() && row.getLong(1) > 0;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whether a number is still its person's", e);
        }
    }
}
