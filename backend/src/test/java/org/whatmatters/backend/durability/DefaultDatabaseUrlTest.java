package org.whatmatters.backend.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped default database URL (application.yml) as H2 reads it: every commit written before it
 * returns (WRITE_DELAY 0, which {@link KillDashNineTest} proves across kill -9), and no trace file,
 * into which H2 would otherwise write a failing statement with its values.
 */
class DefaultDatabaseUrlTest {

    private static final Pattern DEFAULT_URL =
            Pattern.compile("\\$\\{DATASOURCES_DEFAULT_URL:`([^`]+)`}");

    @Test
    void theDefaultUrlWritesEveryCommitAtOnce(@TempDir Path directory) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(defaultUrlIn(directory), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet setting =
                        statement.executeQuery(
                                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
    }

    @Test
    void aFailingStatementLeavesNoTraceFileWithItsValues(@TempDir Path directory) throws Exception {
        failAnInsert(defaultUrlIn(directory));

        assertThat(directory.resolve("data/whatmatters.trace.db")).doesNotExist();
    }

    @Test
    void withoutTheSettingH2WouldHaveWrittenTheValueToTheTraceFile(@TempDir Path directory)
            throws Exception {
        failAnInsert(defaultUrlIn(directory).replace(";TRACE_LEVEL_FILE=0", ""));

        assertThat(Files.readString(directory.resolve("data/whatmatters.trace.db")))
                .contains("7700900123");
    }

    private static void failAnInsert(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE narrow (phone VARCHAR(5))");
            assertThatThrownBy(
                            () -> statement.execute("INSERT INTO narrow VALUES ('+447700900123')"))
                    .isInstanceOf(SQLException.class);
        }
    }

    /** application.yml's default URL, with ./data moved into {@code directory}. */
    private static String defaultUrlIn(Path directory) throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher url = DEFAULT_URL.matcher(yaml);
        assertThat(url.find()).as("the default URL in application.yml").isTrue();
        assertThat(url.group(1))
                .startsWith("jdbc:h2:file:./data/whatmatters;")
                .contains(";WRITE_DELAY=0")
                .contains(";TRACE_LEVEL_FILE=0");
        return url.group(1).replace("./data/", directory.toAbsolutePath() + "/data/");
    }
}
