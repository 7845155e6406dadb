package org.whatmatters.backend.followup;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Whether a person's number may have passed to someone else (hazard H2): they have not written, nor
 * had their number confirmed, for FOLLOWUP_IDENTITY_CHECK_AFTER, or Twilio has said since then that
 * the number is not in service (21211 invalid, 21614 not a mobile, 30005 unknown or inactive, 30006
 * landline or unreachable carrier). Then the follow-up first asks, neutrally, for the first name
 * they gave ({@link NumberCheck}). Once a check has failed (a wrong name, WRONG NUMBER, no reply)
 * the number stays unconfirmed — whatever is written to it later — until a partner confirms who has
 * it.
 */
@Singleton
class NumberStillTheirs {

    static final List<String> OUT_OF_SERVICE = List.of("21211", "21614", "30005", "30006");

    /** Audit actions ({@code follow_up_change.action}) that settle whose number it is. */
    static final String ASKED = "NUMBER_ASKED";

    static final String CONFIRMED = "NUMBER_CONFIRMED";
    static final String UNCONFIRMED = "NUMBER_UNCONFIRMED";

    /** The latest audit row that settled whose number it is. */
    private static final String LATEST_SETTLED =
            " FROM follow_up_change WHERE person_id = ? AND action IN ('"
                    + CONFIRMED
                    + "', '"
                    + UNCONFIRMED
                    + "') ORDER BY id DESC LIMIT 1";

    enum Verdict {
        /** Nothing suggests the number changed hands: text as usual. */
        THEIRS,
        /** It may have: ask first for the name they gave. */
        ASK,
        /** A check failed and no partner has confirmed the number since: nothing is texted. */
        HELD
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final IdentityCheckSettings settings;

    NumberStillTheirs(DataSource dataSource, Clock clock, IdentityCheckSettings settings) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The four things the verdict rests on, in one statement: the latest settling audit row (its
     * action and time), the person's latest message, and the latest out-of-service error on a text
     * to them.
     */
    private static final String EVIDENCE =
            "SELECT (SELECT action"
                    + LATEST_SETTLED
                    + "), (SELECT changed_at"
                    + LATEST_SETTLED
                    + "), (SELECT MAX(received_at) FROM inbound_message WHERE person_id = ?),"
                    + " (SELECT MAX(updated_at) FROM outbound_message WHERE person_id = ?"
                    + " AND error_code IN ('"
                    + String.join("', '", OUT_OF_SERVICE)
                    + "'))";

    /** Runs in the caller's transaction (the due task's). */
    Verdict of(Long personId, Instant personCreatedAt) {
        try (PreparedStatement evidence = dataSource.getConnection().prepareStatement(EVIDENCE)) {
            for (int i = 1; i <= 4; i++) {
                evidence.setLong(i, personId);
            }
            try (ResultSet row = evidence.executeQuery()) {
                row.next();
                if (UNCONFIRMED.equals(row.getString(1))) {
                    return Verdict.HELD;
                }
                Instant lastWrote = later(personCreatedAt, row.getTimestamp(2));
                lastWrote = later(lastWrote, row.getTimestamp(3));
                if (lastWrote.plus(settings.checkAfter()).isBefore(clock.instant())) {
                    return Verdict.ASK;
                }
                Timestamp failed = row.getTimestamp(4);
                // out of service since they last wrote (or the number was last confirmed)
                return failed != null && failed.toInstant().isAfter(lastWrote)
                        ? Verdict.ASK
                        : Verdict.THEIRS;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot tell whether a number is still its person's", e);
        }
    }

    /**
     * Whether the person's next message may be the answer to a check ({@code asked}: a contact
     * waits in CONFIRMING) or must be held ({@code held}: a check failed and no partner has
     * confirmed the number since). One statement: every inbound message asks.
     */
    record Pending(boolean asked, boolean held) {}

    private static final String PENDING =
            "SELECT (SELECT COUNT(*) FROM follow_up_contact WHERE person_id = ? AND status = '"
                    + ContactStatus.CONFIRMING.name()
                    + "'), ("
                    + "SELECT action"
                    + LATEST_SETTLED
                    + ")";

    Pending pending(Long personId) {
        try (PreparedStatement pending = dataSource.getConnection().prepareStatement(PENDING)) {
            pending.setLong(1, personId);
            pending.setLong(2, personId);
            try (ResultSet row = pending.executeQuery()) {
                row.next();
                return new Pending(row.getLong(1) > 0, UNCONFIRMED.equals(row.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whether a number check is pending", e);
        }
    }

    private static Instant later(Instant known, Timestamp candidate) {
        return candidate != null && candidate.toInstant().isAfter(known)
                ? candidate.toInstant()
                : known;
    }
}
