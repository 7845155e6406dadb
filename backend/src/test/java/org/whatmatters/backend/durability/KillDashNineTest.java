package org.whatmatters.backend.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.whatmatters.backend.privacy.Binding;
import org.whatmatters.backend.privacy.TextCipher;
import org.whatmatters.backend.support.AppProcess;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.SignedPoster;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * A crash loses nothing: the application runs as a real process on the shipped default database
 * (the H2 file in {@code ./data}, or the suite's MariaDB when TEST_DATASOURCE_URL is set), people
 * text it concurrently, it is killed with {@code kill -9} in the middle of that, restarted on the
 * same database, and the people carry on. Every message answered 200 before the kill must be there,
 * with its turn (the reply it caused), and nobody may be asked an earlier question again: each
 * person's conversation reaches its end with no reply repeated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillDashNineTest {

    private static final String PUBLIC_BASE_URL = "https://whatmatters.example.org";
    private static final String SMS = "/webhooks/twilio/sms";
    private static final int PEOPLE = 6;

    /** The kill comes once this many messages have been answered: mid-conversation for everyone. */
    private static final int KILL_AFTER_ACKNOWLEDGED = 45;

    /**
     * A self-referral and "what matters to me?" from the first word to the end (as
     * ConversationOverSmsTest).
     */
    private static final List<String> ANSWERS =
            List.of(
                    "Hello",
                    "1",
                    "yes",
                    "Dee",
                    "yes",
                    "Leeds",
                    "1",
                    "2",
                    "My daughter",
                    "Being patient",
                    "I used to play football",
                    "SKIP",
                    "Getting out more",
                    "Football boots",
                    "I'd sleep better",
                    "1",
                    "weekdays",
                    "evenings",
                    "no",
                    "yes");

    private static final String LAST_REPLY = "within 5 working days";

    private final TwilioApiStandIn twilio =
            new TwilioApiStandIn(TwilioWebhooks.ACCOUNT_SID, TwilioWebhooks.AUTH_TOKEN);

    /**
     * One person texting: their number, the answers acknowledged so far, and the one in flight when
     * it died.
     */
    private static final class Person {
        final String phone;
        final List<String> acknowledgedSids = Collections.synchronizedList(new ArrayList<>());
        volatile int next;
        volatile String inFlightSid;

        Person(int n) {
            this.phone = String.format("+44770090%04d", 100 + n);
        }

        String sid(int answer) {
            return String.format("SM%016x%016x", Long.parseLong(phone.substring(1)), answer);
        }
    }

    @Test
    void aKillDashNineUnderLoadLosesNoAcknowledgedMessageAndNobodyGoesBackAStep() throws Exception {
        Path directory =
                Path.of("target", "kill-dash-nine", "run-" + ProcessHandle.current().pid());
        AppProcess.deleteRecursively(directory);
        AppProcess.Environment environment =
                AppProcess.Environment.of(
                                directory, 18013, twilio.baseUrl().toString(), PUBLIC_BASE_URL)
                        .withSuiteDatabaseIfSet();
        if (!environment.onDefaultH2()) {
            try {
                database(environment).clear();
            } catch (IllegalStateException freshDatabase) {
                // no tables yet: the first start migrates it
            }
        }
        List<Person> people = new ArrayList<>();
        for (int n = 0; n < PEOPLE; n++) {
            people.add(new Person(n));
        }
        long started = System.nanoTime();

        AppProcess first = AppProcess.start(environment);
        SignedPoster poster = new SignedPoster(first.baseUrl(), PUBLIC_BASE_URL);
        AtomicInteger acknowledged = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService load = Executors.newFixedThreadPool(PEOPLE);
        for (Person person : people) {
            load.submit(
                    () -> {
                        while (person.next < ANSWERS.size()) {
                            String sid = person.sid(person.next);
                            person.inFlightSid = sid;
                            int status =
                                    poster.post(
                                            SMS,
                                            TwilioWebhooks.sms(
                                                    sid, person.phone, ANSWERS.get(person.next)));
                            if (status != 200) {
                                return; // the process is gone: this one was in flight
                            }
                            person.acknowledgedSids.add(sid);
                            person.inFlightSid = null;
                            person.next++;
                            if (acknowledged.incrementAndGet() >= KILL_AFTER_ACKNOWLEDGED) {
                                enough.countDown();
                            }
                        }
                    });
        }
        assertThat(enough.await(60, TimeUnit.SECONDS)).as("load reached the kill point").isTrue();
        first.kill();
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        Set<String> acked =
                people.stream()
                        .flatMap(person -> person.acknowledgedSids.stream())
                        .collect(Collectors.toSet());

        Lost lost = lostAfterTheKill(environment, acked);
        System.out.printf(
                "kill -9 (%s): %d messages acknowledged before the kill, %d lost, %d without their turn%n",
                environment.onDefaultH2() ? "H2 default" : "TEST_DATASOURCE_URL",
                acked.size(),
                lost.messages(),
                lost.turns());
        assertThat(lost.messages()).as("acknowledged messages missing after kill -9").isZero();
        assertThat(lost.turns())
                .as("acknowledged messages whose turn (reply) is missing after kill -9")
                .isZero();

        try (AppProcess second = AppProcess.start(environment)) {
            SignedPoster again = new SignedPoster(second.baseUrl(), PUBLIC_BASE_URL);
            for (Person person : people) {
                if (person.inFlightSid != null) {
                    // Twilio's retry of the message the crash cut off: the same MessageSid
                    assertThat(
                                    again.post(
                                            SMS,
                                            TwilioWebhooks.sms(
                                                    person.inFlightSid,
                                                    person.phone,
                                                    ANSWERS.get(person.next))))
                            .isEqualTo(200);
                    person.next++;
                }
                while (person.next < ANSWERS.size()) {
                    assertThat(
                                    again.post(
                                            SMS,
                                            TwilioWebhooks.sms(
                                                    person.sid(person.next),
                                                    person.phone,
                                                    ANSWERS.get(person.next))))
                            .isEqualTo(200);
                    person.next++;
                }
            }
            // each turn commits before its 200, so the conversations are complete here; what the
            // outbox still has to
            // send after a crash (and whether it sends it twice) is the outbox's own test
            second.stop();
            String output = second.output() + "\n" + first.output();
            assertThat(output).doesNotContain("My daughter").doesNotContain("Football boots");
            assertThat(people).noneMatch(person -> output.contains(person.phone.substring(3)));
        }

        {
            Database database = database(environment);
            TextCipher cipher = new TextCipher(AppProcess.DATA_KEY, "");
            for (Person person : people) {
                List<String> replies =
                        database
                                .query(
                                        "SELECT o.body, o.person_id FROM outbound_message o JOIN person p ON p.id = o.person_id WHERE p.phone_e164_hash = ? ORDER BY o.id",
                                        Database.phoneHash(person.phone))
                                .stream()
                                .map(
                                        row ->
                                                cipher.decrypt(
                                                        (String) row.get(0),
                                                        Binding.row(
                                                                "outbound_message",
                                                                "body",
                                                                "person_id",
                                                                row.get(1)),
                                                        Binding.column("body")))
                                .toList();
                assertThat(replies)
                        .as(
                                "replies to "
                                        + person.phone
                                        + ": none repeated, so no question asked again")
                        .doesNotHaveDuplicates()
                        .anyMatch(reply -> reply.contains(LAST_REPLY));
                assertThat(
                                database.queryForLong(
                                        "SELECT COUNT(*) FROM inbound_message WHERE from_address_hash = ? AND processed_at IS NOT NULL",
                                        Database.phoneHash(person.phone)))
                        .isEqualTo(ANSWERS.size());
            }
        }
        System.out.printf(
                "kill -9 test took %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }

    private record Lost(long messages, long turns) {}

    /**
     * Looked at with the process dead, before the restart: nothing has had a chance to repair
     * anything.
     */
    private Lost lostAfterTheKill(AppProcess.Environment environment, Set<String> acked) {
        {
            Database database = database(environment);
            Map<String, Long> stored = new ConcurrentHashMap<>();
            for (List<Object> row : database.query("SELECT provider_id, id FROM inbound_message")) {
                stored.put((String) row.get(0), ((Number) row.get(1)).longValue());
            }
            Set<Long> answered =
                    database
                            .query(
                                    "SELECT DISTINCT in_reply_to FROM outbound_message WHERE in_reply_to IS NOT NULL")
                            .stream()
                            .map(row -> ((Number) row.get(0)).longValue())
                            .collect(Collectors.toSet());
            long lostMessages = acked.stream().filter(sid -> !stored.containsKey(sid)).count();
            long lostTurns =
                    acked.stream()
                            .filter(stored::containsKey)
                            .filter(sid -> !answered.contains(stored.get(sid)))
                            .count();
            return new Lost(lostMessages, lostTurns);
        }
    }

    /**
     * The run's database from outside the application: the H2 files (only while no process has them
     * open; each query opens and closes its own connection, so H2 lets go of the files after it) or
     * the suite's.
     */
    private static Database database(AppProcess.Environment environment) {
        if (environment.onDefaultH2()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(
                    "jdbc:h2:file:"
                            + environment.directory().resolve("data/whatmatters").toAbsolutePath()
                            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE");
            h2.setUser("sa");
            return new Database(
                    h2); // each query opens and closes a connection: H2 closes the files after each
        }
        try {
            org.mariadb.jdbc.MariaDbDataSource maria =
                    new org.mariadb.jdbc.MariaDbDataSource(
                            environment.variables().get("DATASOURCES_DEFAULT_URL"));
            maria.setUser(environment.variables().get("DATASOURCES_DEFAULT_USERNAME"));
            maria.setPassword(environment.variables().get("DATASOURCES_DEFAULT_PASSWORD"));
            return new Database(maria);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopStandIn() {
        twilio.close();
    }
}
