package org.whatmatters.backend.privacy;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.settings.InvalidSettingException;

/**
 * Start-up stops, in one line naming the key id, when stored values are under a data key this
 * instance does not have (neither {@code DATA_ENCRYPTION_KEY} nor in {@code
 * DATA_ENCRYPTION_OLD_KEYS}): it would fail to read them later, one request at a time. The check
 * runs as the context starts ({@code @Context}), before any start-up work or request writes a
 * value.
 *
 * <p>Counting the values per key id reads every encrypted column in full, so it is not done on
 * every start. Table {@code stored_key_id} (V25) holds every key id a stored value may be under:
 * the ids a full count found, plus the current key of every instance that started since. An
 * instance only ever writes with its current key, and it notes that key before anything is written
 * (here, first thing) and again every {@link #HEARTBEAT} while it runs. So whatever the table does
 * not list, no stored value is under, and a start whose keyring holds every listed id (the usual
 * start: same keys as last time, or a new current key with the old one kept) reads that small table
 * only. Otherwise (a key was removed or replaced, or the table was never filled: first start after
 * V25, recorded in {@code data_conversion}) it counts in full as before, fails on an unknown key
 * with the counts, and then records what it found: an id that no value is under any more is
 * forgotten unless an instance noted it in the last {@link #FORGOTTEN_AFTER} (one may still be
 * running with it as its current key and write with it at any moment), so a retired key costs full
 * counts only until then.
 *
 * <p>What this does not see, like the full count it replaces: values written after this instance
 * started by an instance under a key this one lacks (each instance checks its own start), and
 * values put into the database other than by the application (a restore of some tables only, a
 * hand-made import), which no instance noted: after such a change delete the row {@value #RECORDED}
 * from {@code data_conversion} and the next start counts in full.
 */
@Context
public class StoredKeyIds {

    /** The {@code data_conversion} row saying that {@code stored_key_id} was filled by a count. */
    static final String RECORDED = "stored_key_id filled by a full count";

    /** How often a running instance notes its current key again. */
    static final Duration HEARTBEAT = Duration.ofMinutes(5);

    /** How long an id no value is under is kept after an instance last noted it. */
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    /** How the last check was made: from the record alone, or by counting every column. */
    enum Check {
        RECORD,
        FULL
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoredKeyIds.class);

    private final ReEncryption reEncryption;
    private final Keyring keyring;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private volatile Check lastCheck;

    StoredKeyIds(
            ReEncryption reEncryption,
            TextCipher cipher,
            TransactionOperations<Connection> transactions,
            Clock clock,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.reEncryption = reEncryption;
        this.keyring = cipher.keyring();
        this.transactions = transactions;
        this.clock = clock;
        checkEveryStoredKeyIsConfigured();
        scheduler.scheduleAtFixedRate(HEARTBEAT, HEARTBEAT, this::heartbeat);
    }

    /**
     * How the start-up check (or the last call of {@link #checkEveryStoredKeyIsConfigured}) ran.
     */
    Check lastCheck() {
        return lastCheck;
    }

    /**
     * Fails naming the first key id that stored values are under but no setting holds; reads the
     * record only when it lists no key id outside this keyring.
     */
    Check checkEveryStoredKeyIsConfigured() {
        Instant now = clock.instant();
        Set<String> known = Set.copyOf(keyring.ids());
        note(keyring.currentId(), now);
        boolean complete =
                transactions.executeRead(
                        status -> {
                            try {
                                return DataConversions.done(status.getConnection())
                                                .contains(RECORDED)
                                        && known.containsAll(
                                                recorded(status.getConnection()).keySet());
                            } catch (SQLException e) {
                                throw new IllegalStateException("cannot read stored_key_id", e);
                            }
                        });
        if (complete) {
            lastCheck = Check.RECORD;
            return lastCheck;
        }
        Map<String, Long> counts = reEncryption.count();
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            String id = count.getKey();
            if (!known.contains(id) && !isKeyless(id)) {
                throw new InvalidSettingException(
                        "DATA_ENCRYPTION_OLD_KEYS",
                        "lacks key "
                                + id
                                + ", which "
                                + count.getValue()
                                + " stored value(s) are encrypted with: add that key back to DATA_ENCRYPTION_OLD_KEYS (or make it "
                                + "DATA_ENCRYPTION_KEY) until re-encryption has moved them");
            }
        }
        transactions.executeWrite(
                status -> {
                    try {
                        record(status.getConnection(), counts.keySet(), now);
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot write stored_key_id", e);
                    }
                    return null;
                });
        lastCheck = Check.FULL;
        return lastCheck;
    }

    /** After a full count: every id found is listed, and ids long unused are forgotten. */
    private void record(Connection connection, Set<String> found, Instant now) throws SQLException {
        for (String id : found) {
            if (!isKeyless(id)) {
                insert(connection, id, now);
            }
        }
        Timestamp cutoff = Timestamp.from(now.minus(FORGOTTEN_AFTER));
        try (PreparedStatement forget =
                connection.prepareStatement(
                        "DELETE FROM stored_key_id WHERE key_id = ? AND noted_at < ?")) {
            for (String id : recorded(connection).keySet()) {
                if (!found.contains(id)) {
                    forget.setString(1, id);
                    forget.setTimestamp(2, cutoff);
                    forget.executeUpdate();
                }
            }
        }
        DataConversions.markDone(connection, RECORDED, now);
    }

    /** The listed key ids, each with when it was last noted. */
    private static Map<String, Instant> recorded(Connection connection) throws SQLException {
        Map<String, Instant> ids = new HashMap<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT key_id, noted_at FROM stored_key_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getTimestamp(2).toInstant());
            }
        }
        return ids;
    }

    /** Lists {@code id} as in use now, in a transaction of its own (others see it at once). */
    private void note(String id, Instant now) {
        transactions.executeWrite(
                status -> {
                    try (PreparedStatement update =
                            status.getConnection()
                                    .prepareStatement(
                                            "UPDATE stored_key_id SET noted_at = ? WHERE key_id = ?")) {
                        update.setTimestamp(1, Timestamp.from(now));
                        update.setString(2, id);
                        if (update.executeUpdate() == 0) {
                            insert(status.getConnection(), id, now);
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot write stored_key_id", e);
                    }
                    return null;
                });
    }

    private static void insert(Connection connection, String id, Instant now) throws SQLException {
        DataConversions.insertUnlessPresent(
                connection,
                "SELECT 1 FROM stored_key_id WHERE key_id = ?",
                "INSERT INTO stored_key_id (key_id, noted_at) VALUES (?, ?)",
                id,
                now);
    }

    private void heartbeat() {
        try {
            note(keyring.currentId(), clock.instant());
        } catch (RuntimeException e) {
            // the exception's class only, as the re-encryption job logs its failures
            LOG.warn(
                    "could not note this instance's data key id ({}); it is noted again in {}",
                    e.getClass().getSimpleName(),
                    HEARTBEAT);
        }
    }

    /** Values from before key ids ({@code v1}) or in clear: readable with any keyring. */
    private static boolean isKeyless(String id) {
        return id.equals("v1") || id.equals("clear");
    }
}
