package org.whatmatters.backend.rights;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.whatmatters.backend.privacy.StoredText;

/**
 * Everything held about one person (UK GDPR article 15): their person row and every row of every
 * table that has a {@code person_id} (answers, messages both ways, follow-ups, referrals, alerts,
 * events, notes, and the audit of which staff read their records), with the rows that hang off
 * those (referral changes, alert deliveries), each encrypted value in clear.
 */
@Singleton
public class SubjectAccess {

    /** A table's rows about the person, column by column. */
    @io.micronaut.serde.annotation.Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) // an empty table says so
    public record Section(String table, List<Map<String, Object>> rows) {}

    /**
     * Rows that belong to a person through another table: table, its key to the parent, the parent
     * table.
     */
    private static final List<String[]> CHILDREN =
            List.of(
                    new String[] {"referral_change", "referral_id", "referral"},
                    new String[] {"alert_delivery", "alert_id", "alert"});

    private final DataSource dataSource;
    private final StoredText stored;

    SubjectAccess(DataSource dataSource, StoredText stored) {
        this.dataSource = dataSource;
        this.stored = stored;
    }

    @Transactional(readOnly = true)
    public List<Section> of(long personId) {
        try {
            Connection connection = dataSource.getConnection();
            List<Section> sections = new ArrayList<>();
            sections.add(
                    new Section(
                            "person",
                            rows(
                                    connection,
                                    "person",
                                    "SELECT * FROM person WHERE id = ?",
                                    personId)));
            if (sections.get(0).rows().isEmpty()) {
                return List.of();
            }
            for (String table : PersonTables.in(connection)) {
                sections.add(
                        new Section(
                                table,
                                rows(
                                        connection,
                                        table,
                                        "SELECT * FROM "
                                                + table
                                                + " WHERE person_id = ? ORDER BY 1",
                                        personId)));
            }
            for (String[] child : CHILDREN) {
                sections.add(
                        new Section(
                                child[0],
                                rows(
                                        connection,
                                        child[0],
                                        "SELECT * FROM "
                                                + child[0]
                                                + " WHERE "
                                                + child[1]
                                                + " IN (SELECT id FROM "
                                                + child[2]
                                                + " WHERE person_id = ?) ORDER BY 1",
                                        personId)));
            }
            return sections;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a person's records", e);
        }
    }

    private List<Map<String, Object>> rows(
            Connection connection, String table, String sql, long personId) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, personId);
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        Object value = result.getObject(i);
                        row.put(column, plain(value));
                    }
                    rows.add(stored.reveal(table, row));
                }
            }
        }
        return rows;
    }

    private static Object plain(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Number
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.toString();
    }
}
