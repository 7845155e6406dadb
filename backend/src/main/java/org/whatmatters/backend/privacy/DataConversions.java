package org.whatmatters.backend.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code data_conversion} table (V25): start-up work done once for good, one row per part, so
 * that later starts skip it. Recording a part twice (two instances finishing it at once) keeps the
 * first row.
 */
final class DataConversions {

    private DataConversions() {}

    /** The parts recorded as done. */
    static Set<String> done(Connection connection) throws SQLException {
        Set<String> done = new HashSet<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT name FROM data_conversion");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                done.add(rows.getString(1));
            }
        }
        return done;
    }

    static void markDone(Connection connection, String name, Instant at) throws SQLException {
        insertUnlessPresent(
                connection,
                "SELECT 1 FROM data_conversion WHERE name = ?",
                "INSERT INTO data_conversion (name, done_at) VALUES (?, ?)",
                name,
                at);
    }

    /**
     * Inserts {@code (key, at)} unless {@code exists} finds {@code key}; a row another instance
     * inserted meanwhile (a duplicate-key refusal) counts as present.
     */
    static void insertUnlessPresent(
            Connection connection, String exists, String insert, String key, Instant at)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(exists)) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement write = connection.prepareStatement(insert)) {
            write.setString(1, key);
            write.setTimestamp(2, Timestamp.from(at));
            write.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
        }
    }
}
