package org.whatmatters.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * Scheduled work: {@code bench.contacts} (100,000) follow-up contacts come due at once and two
 * application instances on one MariaDB text them through the Twilio stand-in. Measured from the
 * moment they come due (the benchmark moves their scheduled time from the far future to now once
 * both instances are healthy) until the stand-in has received a text for every contact: time,
 * messages/s, and duplicates (a contact texted the same body twice; must be 0). In the same run,
 * {@link DispatchLoop}: plain JDBC claiming batches with {@code SELECT ... FOR UPDATE SKIP LOCKED},
 * posting each to the stand-in and marking it sent, as the limit.
 *
 * <p>Rows are seeded directly, as a service with that many people would have them: a person who
 * went through self-referral a month ago, their referral delivered, contact 1 scheduled by text and
 * due now, and its task in db-scheduler's table.
 *
 * <p>{@code java -Dbench.contacts=100000 -cp bench/target/bench.jar
 * org.whatmatters.bench.ScheduleBench}; properties: {@code bench.port} (18140; the second instance
 * takes the next), {@code bench.jar}, {@code bench.timeout} (seconds, 600), {@code
 * bench.mariadb.database} (whatmatters_bench_dispatch), {@code bench.label} (names the results
 * file).
 */
public final class ScheduleBench {

    static final long FIRST_ID = 1_000_001;
    private static final Instant FAR_FUTURE = Instant.parse("2037-01-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        if (System.getProperty("bench.mariadb.database") == null) {
            System.setProperty("bench.mariadb.database", "whatmatters_bench_dispatch");
        }
        int contacts = Integer.getInteger("bench.contacts", 100_000);
        int port = Integer.getInteger("bench.port", 18140);
        Duration timeout = Duration.ofSeconds(Long.getLong("bench.timeout", 600));
        Path jar = Path.of(System.getProperty("bench.jar", "backend/target/whatmatters.jar"));
        Path results = Path.of(System.getProperty("bench.results", "bench/results"));
        String label = System.getProperty("bench.label", "");
        Database database = Database.onMariadb();
        database.recreate();
        Path dir = Path.of("bench/target/run-schedule").toAbsolutePath();
        Files2.deleteTree(dir);

        Results table =
                new Results(
                        "Scheduled work on MariaDB" + (label.isEmpty() ? "" : " (" + label + ")"),
                        "what",
                        "contacts",
                        "texts received",
                        "duplicates",
                        "seconds",
                        "messages/s");
        try (TwilioApiStandIn twilio = new TwilioApiStandIn(App.ACCOUNT_SID, App.AUTH_TOKEN)) {
            Map<String, String> env = App.environment(port, twilio.baseUrl(), database);
            List<String> jvm = App.jvmOptions(List.of("-Xmx384m", "-Duser.timezone=UTC"));
            // the first instance migrates the empty database; the contacts go in before the second
            // starts
            try (App first = App.start(jar, dir.resolve("a"), port, env, jvm)) {
                long seeding = System.nanoTime();
                seed(database, contacts);
                System.out.printf(
                        "seeded %d contacts in %.1f s%n",
                        contacts, (System.nanoTime() - seeding) / 1e9);
                try (App second =
                        App.start(
                                jar,
                                dir.resolve("b"),
                                port + 1,
                                App.environment(port + 1, twilio.baseUrl(), database),
                                jvm)) {
                    double cpuBefore = first.cpuSeconds() + second.cpuSeconds();
                    long statementsBefore = statements(database);
                    long start = System.nanoTime();
                    comeDue(database);
                    Figures app = await(twilio, contacts, start, timeout);
                    double cpu = first.cpuSeconds() + second.cpuSeconds() - cpuBefore;
                    long statements = statements(database) - statementsBefore;
                    table.row(
                            "two application instances",
                            contacts,
                            app.received,
                            app.duplicates,
                            Results.f1(app.seconds),
                            Results.f1(app.received / app.seconds));
                    table.note(
                            String.format(
                                    "per contact, counted (less sensitive to the machine's load than the rate): %.2f ms of"
                                            + " application CPU (both instances, user + system) and %.1f statements"
                                            + " (MariaDB's Questions, the whole server: run nothing else on it)",
                                    cpu * 1000 / contacts, (double) statements / contacts));
                    table.note("follow-up contacts by status afterwards: " + statuses(database));
                    table.note(
                            "application RSS at the end: "
                                    + first.rssMegabytes()
                                    + " MB and "
                                    + second.rssMegabytes()
                                    + " MB");
                    if (app.distinct < contacts) {
                        table.note(
                                "timed out after "
                                        + timeout.toSeconds()
                                        + " s with "
                                        + app.distinct
                                        + " of "
                                        + contacts
                                        + " contacts texted");
                    }
                }
            }
            twilio.reset();
            DispatchLoop loop = new DispatchLoop(database, twilio.baseUrl());
            loop.createTables(contacts);
            long loopStatements = statements(database);
            long start = System.nanoTime();
            loop.run(2, 4, 50);
            Figures jdbc = tally(twilio.received(), start);
            table.note(
                    String.format(
                            "plain loop: %.1f statements per contact",
                            (double) (statements(database) - loopStatements) / contacts));
            table.row(
                    "plain JDBC claim-and-mark loop (2 × 4 threads, batches of 50, SKIP LOCKED)",
                    contacts,
                    jdbc.received,
                    jdbc.duplicates,
                    Results.f1(jdbc.seconds),
                    Results.f1(jdbc.received / jdbc.seconds));
        }
        table.note("goal: under 60 s, 0 duplicates, at least 0.5 × the plain loop's messages/s");
        table.note(
                "application JVM options: "
                        + String.join(
                                " ", App.jvmOptions(List.of("-Xmx384m", "-Duser.timezone=UTC"))));
        table.note(
                "the clock starts when the contacts come due (both instances healthy, scheduler polling every "
                        + env("SCHEDULE_POLLING_INTERVAL", "its default")
                        + ") and stops when the stand-in has a text for every contact");
        table.write(results.resolve("schedule" + (label.isEmpty() ? "" : "-" + label) + ".md"));
        System.exit(0);
    }

    /** Statements the MariaDB server has run so far, from every client. */
    private static long statements(Database database) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    record Figures(long received, long distinct, long duplicates, double seconds) {}

    /**
     * Waits until every contact has had a text (or the timeout); the stand-in's clock, not ours,
     * says when the last came.
     */
    private static Figures await(
            TwilioApiStandIn twilio, int contacts, long start, Duration timeout)
            throws InterruptedException {
        long deadline = start + timeout.toNanos();
        long lastReport = start;
        while (true) {
            List<TwilioApiStandIn.Received> received = twilio.received();
            Figures figures = tally(received, start);
            long now = System.nanoTime();
            if (figures.distinct >= contacts || now > deadline) {
                return figures;
            }
            if (now - lastReport > 5_000_000_000L) {
                System.out.printf(
                        "%.0f s: %d texts to %d contacts%n",
                        (now - start) / 1e9, figures.received, figures.distinct);
                lastReport = now;
            }
            Thread.sleep(200);
        }
    }

    private static Figures tally(List<TwilioApiStandIn.Received> received, long start) {
        Map<String, Integer> byText = new HashMap<>();
        Map<String, Integer> byContact = new HashMap<>();
        for (TwilioApiStandIn.Received r : received) {
            byText.merge(r.param("To") + "\n" + r.param("Body"), 1, Integer::sum);
            byContact.merge(r.param("To"), 1, Integer::sum);
        }
        long duplicates = byText.values().stream().mapToLong(n -> n - 1).sum();
        return new Figures(
                received.size(), byContact.size(), duplicates, (System.nanoTime() - start) / 1e9);
    }

    static String phone(long i) {
        return String.format("+4474%08d", i);
    }

    /**
     * People, delivered referrals, contact 1 of each scheduled by text, and its task: due in the
     * far future for now.
     */
    static void seed(Database database, int contacts) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Timestamp joined = Timestamp.from(now.minus(Duration.ofDays(30)));
        Timestamp delivered = Timestamp.from(now.minus(Duration.ofDays(14)));
        Timestamp due = Timestamp.from(now.minus(Duration.ofMinutes(1)));
        Timestamp later = Timestamp.from(FAR_FUTURE);
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement person =
                            c.prepareStatement(
                                    "INSERT INTO person (id, phone_e164, created_at) VALUES (?,?,?)");
                    PreparedStatement referral =
                            c.prepareStatement(
                                    "INSERT INTO referral (id, person_id, status, delivered_to, delivered_at, created_at, updated_at)"
                                            + " VALUES (?,?,'DELIVERED','PERSON',?,?,?)");
                    PreparedStatement contact =
                            c.prepareStatement(
                                    "INSERT INTO follow_up_contact (id, person_id, referral_id, contact_number, script, channel,"
                                            + " includes_feedback, due_at, status, schedule_version, attempts, created_at) VALUES (?,?,?,1,'follow-up-1','SMS',FALSE,?,'SCHEDULED',0,0,?)");
                    PreparedStatement task =
                            c.prepareStatement(
                                    "INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)"
                                            + " VALUES ('due-work',?,?,?,FALSE,1)")) {
                for (int i = 0; i < contacts; i++) {
                    long id = FIRST_ID + i;
                    person.setLong(1, id);
                    person.setString(2, phone(i));
                    person.setTimestamp(3, joined);
                    person.addBatch();
                    referral.setLong(1, id);
                    referral.setLong(2, id);
                    referral.setTimestamp(3, delivered);
                    referral.setTimestamp(4, joined);
                    referral.setTimestamp(5, delivered);
                    referral.addBatch();
                    contact.setLong(1, id);
                    contact.setLong(2, id);
                    contact.setLong(3, id);
                    contact.setTimestamp(4, due);
                    contact.setTimestamp(5, delivered);
                    contact.addBatch();
                    task.setString(1, "follow-up-" + id + "-v0-start");
                    task.setBytes(2, javaSerialized("follow-up|" + id + "/0/START/" + id));
                    task.setTimestamp(3, later);
                    task.addBatch();
                    if (i % 2000 == 1999 || i == contacts - 1) {
                        person.executeBatch();
                        referral.executeBatch();
                        contact.executeBatch();
                        task.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** db-scheduler's default serializer: Java serialization of the task's data (a String). */
    private static byte[] javaSerialized(String data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void comeDue(Database database) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE scheduled_tasks SET execution_time = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE task_name = 'due-work' AND task_instance LIKE 'follow-up-%-start'");
        }
    }

    private static Map<String, Long> statuses(Database database) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT status, COUNT(*) FROM follow_up_contact GROUP BY status")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            counts.put("unreadable: " + e.getMessage(), 0L);
        }
        return counts;
    }
}
