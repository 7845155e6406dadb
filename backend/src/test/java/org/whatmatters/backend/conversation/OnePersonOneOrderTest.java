package org.whatmatters.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * Many people at once, and one person sending several messages at once: every message is handled
 * exactly once, each person's answers land in the order they were sent, and no update is lost.
 */
@MicronautTest(environments = "test", transactional = false)
class OnePersonOneOrderTest extends WithTwilioStandIn {

    @Test
    void twentyPeopleTimesTenMessagesInParallel() throws Exception {
        int people = 20;
        List<String> script =
                List.of("Hello", "1", "yes", "NAME", "yes", "AREA", "5", "3", "WHO", "ADMIRED");
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            int person = p;
            running.add(
                    pool.submit(
                            () -> {
                                for (int m = 0; m < script.size(); m++) {
                                    String text =
                                            script.get(m)
                                                    .replace("NAME", "name-" + person)
                                                    .replace("AREA", "area-" + person)
                                                    .replace("WHO", "who-" + person)
                                                    .replace("ADMIRED", "admired-" + person);
                                    webhooks.post(
                                            "/webhooks/twilio/sms",
                                            sms(
                                                    String.format("SM%016d%016d", person, m),
                                                    phone(person),
                                                    text));
                                }
                                return null;
                            }));
        }
        for (Future<?> task : running) {
            task.get();
        }
        pool.shutdown();

        assertThat(
                        database.queryForLong(
                                "SELECT COUNT(*) FROM inbound_message WHERE processed_at IS NOT NULL"))
                .isEqualTo(people * 10L);
        for (int p = 0; p < people; p++) {
            List<List<Object>> saved =
                    database.query(
                            "SELECT f.name FROM fact f JOIN person x ON x.id = f.person_id WHERE x.phone_e164_hash = ? ORDER BY f.id",
                            Database.phoneHash(phone(p)));
            assertThat(saved)
                    .extracting(row -> row.get(0))
                    .as("person " + p)
                    .containsExactly(
                            "language",
                            "consent_to_continue",
                            "preferred_name",
                            "adult",
                            "area",
                            "support",
                            "has_coordinator",
                            "referral_status",
                            "who_matters",
                            "admired_qualities");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                database.queryForLong(
                                                "SELECT COUNT(*) FROM outbound_message WHERE status <> 'ACCEPTED'")
                                        == 0);
        assertThat(twilio.received()).hasSize((int) database.count("outbound_message"));
    }

    @Test
    void sevenSkipsFromOnePersonAtTheSameMomentMoveSevenQuestionsOnWithNoLostUpdate()
            throws Exception {
        String phone = phone(99);
        List<String> toWhatMatters = List.of("Hello", "1", "yes", "Dee", "yes", "Leeds", "1", "2");
        for (int i = 0; i < toWhatMatters.size(); i++) {
            webhooks.post(
                    "/webhooks/twilio/sms",
                    sms(String.format("SM%032d", i), phone, toWhatMatters.get(i)));
        }
        // at the first of the seven what-matters questions: seven SKIPs arriving together must each
        // move one on
        ExecutorService pool = Executors.newFixedThreadPool(7);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int n = i;
            running.add(
                    pool.submit(
                            () ->
                                    webhooks.post(
                                            "/webhooks/twilio/sms",
                                            sms(
                                                    String.format("SM%032d", 1000 + n),
                                                    phone,
                                                    "SKIP"))));
        }
        for (Future<?> task : running) {
            task.get();
        }
        pool.shutdown();

        assertThat(
                        database.query(
                                        "SELECT COUNT(*) FROM person_event WHERE kind = 'QUESTION_SKIPPED'")
                                .get(0)
                                .get(0))
                .isEqualTo(7L);
        // detail is encrypted at rest: read through the repository
        assertThat(
                        context.getBean(PersonEventRepository.class).findAll().stream()
                                .filter(event -> event.kind().equals("QUESTION_SKIPPED"))
                                .sorted(java.util.Comparator.comparing(PersonEvent::id)))
                .extracting(PersonEvent::detail)
                .containsExactly(
                        "what-matters/who-matters",
                        "what-matters/admired",
                        "what-matters/stopped-enjoying",
                        "what-matters/beliefs",
                        "what-matters/get-well",
                        "what-matters/one-thing",
                        "what-matters/know-it-helped");
    }

    @Test
    void aLaterMessageHandledFirstStillTakesItsTurnAfterTheEarlierOne() {
        String phone = phone(98);
        for (String text : List.of("Hello", "1", "yes")) {
            webhooks.post(
                    "/webhooks/twilio/sms",
                    sms(
                            "SM" + java.util.UUID.randomUUID().toString().replace("-", ""),
                            phone,
                            text));
        }
        // "Dee" arrived first, but its handler has not run yet (a slow instance, or a failure the
        // recovery sweep will retry)
        context.getBean(org.whatmatters.backend.message.InboundMessageRepository.class)
                .save(
                        org.whatmatters.backend.message.InboundMessage.arrived(
                                org.whatmatters.backend.message.Channel.SMS,
                                "SM" + "9".repeat(32),
                                phone,
                                "+447700900001",
                                "Dee",
                                0,
                                java.time.Instant.now(),
                                java.time.Instant.now().plusSeconds(60)));

        webhooks.post("/webhooks/twilio/sms", sms("SM" + "8".repeat(32), phone, "yes"));

        assertThat(
                        database.query(
                                "SELECT f.name FROM fact f JOIN person x ON x.id = f.person_id WHERE x.phone_e164_hash = ? ORDER BY f.id",
                                Database.phoneHash(phone)))
                .extracting(row -> row.get(0))
                .containsExactly("language", "consent_to_continue", "preferred_name", "adult");
        assertThat(database.count("inbound_message WHERE processed_at IS NULL")).isZero();
    }

    private static String phone(int person) {
        return String.format("+4477009%05d", 10000 + person);
    }
}
