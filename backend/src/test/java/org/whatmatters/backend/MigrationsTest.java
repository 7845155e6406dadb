package org.whatmatters.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * One set of Flyway migrations serves H2 (the zero-install default) and MySQL/MariaDB (production).
 * H2 is always checked here; MariaDB whenever TEST_DATASOURCE_URL points at one (CI does), where
 * the rest of the suite also runs on it.
 */
class MigrationsTest {

    private static final List<String> TABLES =
            List.of(
                    "inbound_message",
                    "organisation",
                    "outbound_message",
                    "person",
                    "staff_account");

    @Test
    void migrateAFreshH2DatabaseInMySqlMode() throws SQLException {
        String url =
                "jdbc:h2:mem:migrations-"
                        + System.nanoTime()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        MigrateResult result = flyway(url, "sa", "").migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(tables(url, "sa", "")).containsAll(TABLES);
        flyway(url, "sa", "").validate();
    }

    @Test
    @EnabledIfEnvironmentVariable(
            named = "TEST_DATASOURCE_URL",
            matches = "jdbc:(mysql|mariadb):.*")
    void migrateTheMariaDbTestDatabase() throws SQLException {
        String url = System.getenv("TEST_DATASOURCE_URL");
        String user = System.getenv("TEST_DATASOURCE_USERNAME");
        String password = System.getenv("TEST_DATASOURCE_PASSWORD");

        assertThat(flyway(url, user, password).migrate().success).isTrue();
        flyway(url, user, password).validate();
        assertThat(tables(url, user, password)).containsAll(TABLES);
    }

    private static Flyway flyway(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load();
    }

    private static List<String> tables(String url, String user, String password)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                ResultSet rows =
                        connection
                                .getMetaData()
                                .getTables(
                                        connection.getCatalog(),
                                        null,
                                        "%",
                                        new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase());
            }
            return names;
        }
    }
}
