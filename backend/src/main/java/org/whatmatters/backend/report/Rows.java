package org.whatmatters.backend.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read-only SQL for the reports: each row as column (lower case) → value, times as UTC instants.
 * Only columns that hold no personal free text are read this way; encrypted words go through their
 * repositories.
 */
@Singleton
class Rows {

    private final JdbcOperations jdbc;

    Rows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> query(String sql, List<Object> parameters) {
        return jdbc.prepareStatement(
                sql,
                statement -> {
                    for (int i = 0; i < parameters.size(); i++) {
                        Object parameter = parameters.get(i);
                        statement.setObject(
                                i + 1,
                                parameter instanceof Instant instant
                                        ? Timestamp.from(instant)
                                        : parameter);
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        return read(result);
                    }
                });
    }

    private static List<Map<String, Object>> read(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.next()) {
            Map<String, Object> row = new HashMap<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                Object value = result.getObject(column);
                if (value instanceof Timestamp timestamp) {
                    value = timestamp.toInstant();
                } else if (value instanceof java.time.LocalDateTime local) {
                    value = local.toInstant(java.time.ZoneOffset.UTC);
                } else if (value instanceof Number number && !(value instanceof Double)) {
                    value = number.longValue();
                }
                row.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), value);
            }
            rows.add(row);
        }
        return rows;
    }
}
