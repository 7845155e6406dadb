package db.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit of staff reads becomes append-only in the database itself, whatever code or console
 * runs against it: every UPDATE of {@code staff_read} is refused, and every DELETE except of rows
 * older than the cut-off the retention purge sets on its own connection
 * ({@code @whatmatters_audit_purge_before}, see {@code org.whatmatters.backend.audit.AuditPurge}).
 * In Java because the triggers differ: SQL on MariaDB and MySQL, a Java class on H2.
 */
public class V21__Staff_read_append_only extends BaseJavaMigration {

    private static final String REFUSE_UPDATE =
            "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                    + "'staff_read is append-only: its rows are never changed'";
    private static final String REFUSE_DELETE =
            "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                    + "'staff_read is append-only: rows leave only through the retention purge, once older than AUDIT_RETENTION'";

    @Override
    public void migrate(Context context) throws Exception {
        String database =
                context.getConnection()
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT);
        try (Statement statement = context.getConnection().createStatement()) {
            if (database.contains("h2")) {
                String trigger =
                        "FOR EACH ROW CALL 'org.whatmatters.backend.audit.AppendOnlyTrigger'";
                statement.execute(
                        "CREATE TRIGGER staff_read_no_update BEFORE UPDATE ON staff_read "
                                + trigger);
                statement.execute(
                        "CREATE TRIGGER staff_read_no_delete BEFORE DELETE ON staff_read "
                                + trigger);
            } else {
                statement.execute(
                        "CREATE TRIGGER staff_read_no_update BEFORE UPDATE ON staff_read FOR EACH ROW "
                                + REFUSE_UPDATE);
                statement.execute(
                        "CREATE TRIGGER staff_read_no_delete BEFORE DELETE ON staff_read FOR EACH ROW "
                                + "BEGIN IF @whatmatters_audit_purge_before IS NULL OR OLD.read_at >= @whatmatters_audit_purge_before THEN "
                                + REFUSE_DELETE
                                + "; END IF; END");
            }
        }
    }
}
