package org.whatmatters.backend.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's half of migration V21 (MariaDB and MySQL have SQL triggers): {@code staff_read} rows are
 * never updated, and deleted only when older than the cut-off the retention purge has set on its
 * connection ({@link AuditPurge}).
 */
public class AppendOnlyTrigger implements Trigger {

    private int type;
    private int readAt = -1;

    @Override
    public void init(
            Connection connection,
            String schema,
            String trigger,
            String table,
            boolean before,
            int type)
            throws SQLException {
        this.type = type;
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).equals("read_at")) {
                    readAt = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        if (readAt < 0) {
            throw new SQLException(table + " has no read_at column");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (type == UPDATE) {
            throw new SQLException(
                    "staff_read is append-only: its rows are never changed", "45000");
        }
        try (PreparedStatement past =
                connection.prepareStatement(
                        "SELECT CASE WHEN "
                                + AuditPurge.CUTOFF
                                + " IS NOT NULL AND "
                                + "CAST(? AS TIMESTAMP) < "
                                + AuditPurge.CUTOFF
                                + " THEN 1 ELSE 0 END")) {
            past.setObject(1, oldRow[readAt]);
            try (ResultSet result = past.executeQuery()) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new SQLException(
                            "staff_read is append-only: rows leave only through the retention purge, "
                                    + "once older than AUDIT_RETENTION",
                            "45000");
                }
            }
        }
    }
}
