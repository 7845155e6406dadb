package org.whatmatters.backend.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC on the application's database, for arranging and inspecting rows the way an operator
 * would.
 */
public final class Database {

    /** Children before parents, so foreign keys never object. */
    private static final List<String> TABLES =
            List.of(
                    "alert_delivery",
                    "alert",
                    "staff_device",
                    "partner_contacts",
                    "app_sign_in_code",
                    "app_device",
                    "signpost_service",
                    "signpost_offer",
                    "person_note",
                    "follow_up_change",
                    "scheduled_tasks",
                    "follow_up_contact",
                    "referral_change",
                    "referral",
                    "outbound_message",
                    "inbound_message",
                    "fact",
                    "person_event",
                    "conversation",
                    "person",
                    "care_coordinator",
                    "care_team",
                    "console_session",
                    "staff_account",
                    "organisation",
                    "sign_in_failure",
                    "staff_read");

    /** Translations are reference data seeded from the catalogs at start: reset, not emptied. */
    public void resetTranslations() {
        update("DELETE FROM translation_history");
        update("DELETE FROM translation");
    }

    private final DataSource dataSource;

    /**
     * The test key of application-test.yml and AppProcess: numbers are found in the database by
     * this hash only.
     */
    private static final org.whatmatters.backend.privacy.PhoneLookup PHONES =
            new org.whatmatters.backend.privacy.PhoneLookup(
                    new org.whatmatters.backend.privacy.PhoneLookupSettings(
                            AppProcess.PHONE_LOOKUP_KEY));

    /**
     * The lookup hash stored beside a number (person.phone_e164_hash,
     * inbound_message.from_address_hash).
     */
    public static String phoneHash(String address) {
        return PHONES.hash(address);
    }

    public Database(ApplicationContext context) {
        this(DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)));
    }

    /** The same database reached without the application (a test of a separate process). */
    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Empties every table, children first. The application's own background work (a due task, an
     * alert send) may add a child row after its table was emptied, which then holds back its
     * parent's delete: the whole round is then run again, a few times at most.
     */
    public void clear() {
        for (int round = 1; ; round++) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    if (table.equals("staff_read")) {
                        clearAudit(connection);
                    } else {
                        statement.executeUpdate("DELETE FROM " + table);
                    }
                }
                return;
            } catch (SQLException e) {
                boolean childAddedMeanwhile =
                        e.getSQLState() != null && e.getSQLState().startsWith("23");
                if (!childAddedMeanwhile || round == 5) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * Empties the append-only audit the way only the retention purge may (a cut-off in the far
     * future).
     */
    public void clearAudit() {
        try (Connection connection = dataSource.getConnection()) {
            clearAudit(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void clearAudit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET @whatmatters_audit_purge_before = '9999-01-01 00:00:00'");
            try {
                statement.executeUpdate("DELETE FROM staff_read");
            } finally {
                statement.execute("SET @whatmatters_audit_purge_before = NULL");
            }
        }
    }

    public long count(String table) {
        return queryForLong("SELECT COUNT(*) FROM " + table);
    }

    public long queryForLong(String sql, Object... params) {
        List<List<Object>> rows = query(sql, params);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    public List<List<Object>> query(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<List<Object>> result = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rows.getObject(c));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
