package org.whatmatters.backend.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.People;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.settings.StartupFailure;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.TwilioWebhooks;

/**
 * A start on existing data does a bounded amount of work (issue 16): the phone-number conversion
 * and the check for values under an unconfigured key scan whole tables only until they have
 * recorded what they found, and both still do their job: a clear number from before V20 is
 * converted at the first start, and a start lacking the key of stored values still fails naming it,
 * when the keys change in every way a rotation changes them.
 */
class StartUpWorkRememberedTest {

    private static final String KEY_A = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String KEY_B =
            Base64.getEncoder()
                    .encodeToString(
                            new byte[] {
                                9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                                13, 14, 15, 16, 17, 18, 19, 20, 21, 22
                            });
    private static final String ALI = "+447700900654";

    /** The suite's MariaDB when CI gives one (emptied around each test), else an own H2. */
    private static final String SUITE_URL = System.getenv("TEST_DATASOURCE_URL");

    private final String h2 =
            "jdbc:h2:mem:start-up-work-"
                    + UUID.randomUUID()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    private String url = h2;
    private final String a = Keyring.of(KEY_A, "").currentId();
    private final String b = Keyring.of(KEY_B, "").currentId();

    @Test
    void aClearNumberFromBeforeV20IsConvertedAtTheFirstStartAndTheNextStartScansNothing()
            throws Exception {
        try (Connection h2Kept = DriverManager.getConnection(h2, "sa", "")) {
            Flyway.configure()
                    .dataSource(h2, "sa", "")
                    .locations("classpath:db/migration")
                    .target("21")
                    .load()
                    .migrate();
            insertRowsAsBeforeV20();
            try (Statement statement = h2Kept.createStatement()) {
                statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
                statement.execute("SET QUERY_STATISTICS TRUE");
            }

            try (ApplicationContext context = start(KEY_A, "")) {
                assertThat(context.getBean(StoredKeyIds.class).lastCheck())
                        .as("no record yet: every encrypted column counted")
                        .isEqualTo(StoredKeyIds.Check.FULL);
                Database database = new Database(context);
                assertThat(
                                database.query(
                                        "SELECT phone_e164 FROM person UNION ALL SELECT from_address FROM inbound_message "
                                                + "UNION ALL SELECT to_address FROM outbound_message"))
                        .as("converted at start-up")
                        .hasSize(3)
                        .allSatisfy(
                                row ->
                                        assertThat(row.get(0).toString())
                                                .startsWith("v2:" + a + ":")
                                                .doesNotContain("7700900654"));
                assertThat(context.getBean(People.class).findByNumber(ALI))
                        .map(Person::id)
                        .contains(7L);
                assertThat(done(database))
                        .containsExactlyInAnyOrder(
                                "phone numbers at rest: person.phone_e164",
                                "phone numbers at rest: inbound_message.from_address",
                                "phone numbers at rest: outbound_message.to_address",
                                StoredKeyIds.RECORDED);
            }
            Map<String, Long> scans = scans(h2Kept);
            assertThat(scans.keySet())
                    .as("the first start counted per key id and looked for clear numbers")
                    .anyMatch(sql -> sql.contains("GROUP BY LEFT("))
                    .anyMatch(sql -> sql.contains("NOT LIKE 'v1:%'"))
                    .anyMatch(sql -> sql.contains("_hash` IS NULL"));

            try (ApplicationContext context = start(KEY_A, "")) {
                assertThat(context.getBean(StoredKeyIds.class).lastCheck())
                        .isEqualTo(StoredKeyIds.Check.RECORD);
                assertThat(context.getBean(People.class).findByNumber(ALI))
                        .map(Person::id)
                        .contains(7L);
            }
            assertThat(scans(h2Kept))
                    .as("the second start ran none of those scans again")
                    .isEqualTo(scans);
        }
    }

    @Test
    void valuesUnderAKeyNotedSinceTheLastFullCountStopAStartWithoutIt() {
        url = suiteDatabaseOr(h2);
        try (ApplicationContext context = start(KEY_A, "")) {
            assertThat(context.getBean(StoredKeyIds.class).lastCheck())
                    .isEqualTo(StoredKeyIds.Check.FULL);
            person(context, "+447700900661");
        }
        try (ApplicationContext context = start(KEY_B, KEY_A)) {
            assertThat(context.getBean(StoredKeyIds.class).lastCheck())
                    .as("a new current key with the old one kept: the record holds")
                    .isEqualTo(StoredKeyIds.Check.RECORD);
            long person = person(context, "+447700900662");
            context.getBean(FactRepository.class)
                    .save(
                            new Fact(
                                    null,
                                    person,
                                    "what_matters",
                                    "my garden",
                                    "intake",
                                    1,
                                    "ask",
                                    "SMS",
                                    Instant.parse("2026-11-01T10:00:00Z")));
            assertThat(noted(new Database(context))).containsOnlyKeys(a, b);
        }

        assertThatThrownBy(() -> start(KEY_A, "").close())
                .as("values under b, which this keyring lacks, written after the last full count")
                .satisfies(
                        failure ->
                                assertThat(StartupFailure.brief(failure))
                                        .hasValueSatisfying(
                                                line ->
                                                        assertThat(line)
                                                                .startsWith(
                                                                        "DATA_ENCRYPTION_OLD_KEYS lacks key "
                                                                                + b
                                                                                + ",")));
    }

    @Test
    void aKeyNotedButUnusedIsCountedForUntilNoInstanceHasNotedItForAnHour() {
        url = suiteDatabaseOr(h2);
        try (ApplicationContext context = start(KEY_A, "")) {
            person(context, "+447700900663");
        }
        try (ApplicationContext context = start(KEY_B, KEY_A)) {
            assertThat(context.getBean(StoredKeyIds.class).lastCheck())
                    .isEqualTo(StoredKeyIds.Check.RECORD);
        }
        try (ApplicationContext context = start(KEY_A, "")) {
            StoredKeyIds ids = context.getBean(StoredKeyIds.class);
            assertThat(ids.lastCheck())
                    .as(
                            "b is listed and this keyring lacks it: counted in full, and nothing is under b")
                    .isEqualTo(StoredKeyIds.Check.FULL);
            Database database = new Database(context);
            assertThat(noted(database))
                    .as("kept: an instance with b may still be running")
                    .containsOnlyKeys(a, b);

            database.update(
                    "UPDATE stored_key_id SET noted_at = ? WHERE key_id = ?",
                    Timestamp.from(
                            Instant.now().minus(StoredKeyIds.FORGOTTEN_AFTER).minusSeconds(60)),
                    b);
            assertThat(ids.checkEveryStoredKeyIsConfigured()).isEqualTo(StoredKeyIds.Check.FULL);
            assertThat(noted(database))
                    .as("b forgotten once unused for an hour")
                    .containsOnlyKeys(a);
            assertThat(ids.checkEveryStoredKeyIsConfigured()).isEqualTo(StoredKeyIds.Check.RECORD);
        }
        try (ApplicationContext context = start(KEY_A, "")) {
            assertThat(context.getBean(StoredKeyIds.class).lastCheck())
                    .isEqualTo(StoredKeyIds.Check.RECORD);
        }
    }

    @AfterEach
    void emptyTheSuiteDatabase() {
        if (!url.equals(h2)) {
            empty(url);
        }
    }

    /**
     * The suite's database, emptied, records included (so the first start counts in full), when CI
     * gives one; else {@code fallback}.
     */
    private static String suiteDatabaseOr(String fallback) {
        if (SUITE_URL == null || SUITE_URL.isBlank()) {
            return fallback;
        }
        Map<String, Object> login = datasource(SUITE_URL);
        Flyway.configure()
                .dataSource(
                        SUITE_URL,
                        (String) login.get("datasources.default.username"),
                        (String) login.get("datasources.default.password"))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        empty(SUITE_URL);
        return SUITE_URL;
    }

    /**
     * With plain JDBC: a context started on a database holding values under a key it lacks would
     * refuse to start, which is the point.
     */
    private static void empty(String url) {
        Database database = new Database(new Plain(url, datasource(url)));
        database.clear();
        database.update("DELETE FROM stored_key_id");
        database.update("DELETE FROM data_conversion");
    }

    /** Connections from the driver, for the plain JDBC of {@link #empty}. */
    private record Plain(String url, Map<String, Object> login) implements javax.sql.DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(
                    url,
                    (String) login.get("datasources.default.username"),
                    (String) login.get("datasources.default.password"));
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    private ApplicationContext start(String key, String oldKeys) {
        Map<String, Object> properties = new HashMap<>(datasource(url));
        properties.put("whatmatters.privacy.data-key", key);
        properties.put("whatmatters.privacy.old-keys", oldKeys);
        return ApplicationContext.run(properties, "test");
    }

    private static Map<String, Object> datasource(String url) {
        boolean suite = url.equals(SUITE_URL);
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put(
                "datasources.default.username",
                suite ? System.getenv().getOrDefault("TEST_DATASOURCE_USERNAME", "root") : "sa");
        properties.put(
                "datasources.default.password",
                suite ? System.getenv().getOrDefault("TEST_DATASOURCE_PASSWORD", "") : "");
        return properties;
    }

    private static long person(ApplicationContext context, String number) {
        return context.getBean(PersonRepository.class)
                .save(new Person(null, number, Instant.parse("2026-11-01T10:00:00Z"), null, null))
                .id();
    }

    /** A person, a text from them and a reply to them as the service stored them before V20. */
    private void insertRowsAsBeforeV20() {
        Timestamp now = Timestamp.from(Instant.parse("2026-10-01T10:00:00Z"));
        String body = new TextCipher(KEY_A, "").encrypt("hello", Binding.column("body"));
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(h2);
        source.setUser("sa");
        Database database = new Database(source);
        database.update(
                "INSERT INTO person (id, phone_e164, created_at) VALUES (7, ?, ?)", ALI, now);
        database.update(
                "INSERT INTO inbound_message (channel, provider_id, from_address, to_address, body, num_media, "
                        + "received_at, processed_at, person_id) VALUES ('SMS', ?, ?, ?, ?, 0, ?, ?, 7)",
                "SM" + "8".repeat(32),
                ALI,
                TwilioWebhooks.SERVICE_NUMBER,
                body,
                now,
                now);
        database.update(
                "INSERT INTO outbound_message (person_id, channel, to_address, body, status, attempts, created_at, "
                        + "updated_at, lane) VALUES (7, 'SMS', ?, ?, 'NOT_SENT', 0, ?, ?, 'ORDINARY')",
                ALI,
                body,
                now,
                now);
    }

    /**
     * Each statement H2 ran on this database so far that scans for start-up work, and how often.
     */
    private static Map<String, Long> scans(Connection connection) throws SQLException {
        Map<String, Long> scans = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rows.next()) {
                String sql = rows.getString(1);
                if (sql.contains("GROUP BY LEFT(")
                        || sql.contains("NOT LIKE 'v1:%'")
                        || sql.contains("_hash` IS NULL")) {
                    scans.put(sql, rows.getLong(2));
                }
            }
        }
        return scans;
    }

    private static List<String> done(Database database) {
        return database.query("SELECT name FROM data_conversion").stream()
                .map(row -> row.get(0).toString())
                .toList();
    }

    private static Map<String, Object> noted(Database database) {
        Map<String, Object> noted = new TreeMap<>();
        database.query("SELECT key_id, noted_at FROM stored_key_id")
                .forEach(row -> noted.put(row.get(0).toString(), row.get(1)));
        return noted;
    }
}
