package org.whatmatters.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * An instance dies between committing a reply and sending it, or while sending it; another instance
 * (here: the same application started again on the same database) sends each such message exactly
 * once, and leaves alone a message a live instance is still sending.
 */
class CrashRecoveryTest {

    private final TwilioApiStandIn twilio =
            new TwilioApiStandIn(TwilioWebhooks.ACCOUNT_SID, TwilioWebhooks.AUTH_TOKEN);

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void whatACrashLeftIsSentOnceAfterRestart() {
        Instant now = Instant.now();
        Long neverAttempted;
        Long halfSent;
        Long heldByALiveInstance;
        try (ApplicationContext crashed =
                start(Map.of("whatmatters.outbox.poll-initial-delay", "1h"))) {
            new Database(crashed).clear();
            Person person =
                    crashed.getBean(PersonRepository.class)
                            .save(new Person(null, "+447700900444", now, null, null));
            OutboundMessageRepository outbox = crashed.getBean(OutboundMessageRepository.class);
            neverAttempted =
                    outbox.save(
                                    OutboundMessage.pending(
                                            person.id(),
                                            Channel.SMS,
                                            person.phoneE164(),
                                            "one",
                                            null,
                                            now))
                            .id();
            halfSent = outbox.save(sending(person, "two", now.minusSeconds(1), now)).id();
            heldByALiveInstance =
                    outbox.save(sending(person, "three", now.plus(Duration.ofMinutes(10)), now))
                            .id();
        }
        assertThat(twilio.received()).isEmpty();

        try (ApplicationContext restarted = start(Map.of())) {
            Database database = new Database(restarted);
            await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() >= 2);
            await().during(Duration.ofMillis(800))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> twilio.received().size() == 2);

            assertThat(twilio.received())
                    .extracting(r -> r.param("Body"))
                    .containsExactlyInAnyOrder("one", "two");
            assertThat(database.query("SELECT id, status FROM outbound_message ORDER BY id"))
                    .containsExactly(
                            List.of(neverAttempted, "ACCEPTED"),
                            List.of(halfSent, "ACCEPTED"),
                            List.of(heldByALiveInstance, "SENDING"));
            database.clear();
        }
    }

    @Test
    void
            aCrashAfterTwilioTookTheMessageDoesNotSendItAgainAfterRestartButOneTwilioNeverGotIsSentOnce() {
        Instant now = Instant.now();
        Long reachedTwilio;
        Long neverReachedTwilio;
        String takenSid;
        try (ApplicationContext crashed =
                start(Map.of("whatmatters.outbox.poll-initial-delay", "1h"))) {
            new Database(crashed).clear();
            PersonRepository people = crashed.getBean(PersonRepository.class);
            Person first = people.save(new Person(null, "+447700900445", now, null, null));
            Person second = people.save(new Person(null, "+447700900446", now, null, null));
            OutboundMessageRepository outbox = crashed.getBean(OutboundMessageRepository.class);
            // both were being sent when the process died (their claims have lapsed); Twilio took
            // only the first
            Instant claimed = now.minus(Duration.ofMinutes(3));
            reachedTwilio =
                    outbox.save(
                                    sending(
                                            first,
                                            "Which language would you like?",
                                            claimed.plus(Duration.ofMinutes(2)),
                                            claimed))
                            .id();
            neverReachedTwilio =
                    outbox.save(
                                    sending(
                                            second,
                                            "Which language would you like?",
                                            claimed.plus(Duration.ofMinutes(2)),
                                            claimed))
                            .id();
            takenSid =
                    twilio.alreadyTook(
                            first.phoneE164(),
                            TwilioWebhooks.SERVICE_NUMBER,
                            "Which language would you like?",
                            claimed.plusMillis(200));
        }

        try (ApplicationContext restarted = start(Map.of())) {
            Database database = new Database(restarted);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () ->
                                    assertThat(
                                                    database.query(
                                                            "SELECT id, status FROM outbound_message ORDER BY id"))
                                            .containsExactly(
                                                    List.of(reachedTwilio, "ACCEPTED"),
                                                    List.of(neverReachedTwilio, "ACCEPTED")));

            assertThat(
                            database.query(
                                    "SELECT provider_id FROM outbound_message WHERE id = ?",
                                    reachedTwilio))
                    .as("recorded with the sid Twilio gave it before the crash")
                    .containsExactly(List.of(takenSid));
            assertThat(twilio.receivedFor("+447700900445")).as("not sent again").isEmpty();
            assertThat(twilio.receivedFor("+447700900446")).as("sent once").hasSize(1);
            assertThat(twilio.messages()).hasSize(2);
            assertThat(twilio.listRequests())
                    .extracting(query -> query.get("To"))
                    .as("Twilio was asked about each before anything was sent")
                    .contains("+447700900445", "+447700900446");
            database.clear();
        }
    }

    private static OutboundMessage sending(
            Person person, String body, Instant claimedUntil, Instant now) {
        return new OutboundMessage(
                null,
                person.id(),
                Channel.SMS,
                person.phoneE164(),
                body,
                null,
                OutboundStatus.SENDING,
                null,
                1,
                now,
                claimedUntil,
                null,
                null,
                null,
                now,
                now);
    }

    private ApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> properties =
                new HashMap<>(
                        Map.of(
                                "twilio.account-sid", TwilioWebhooks.ACCOUNT_SID,
                                "twilio.auth-token", TwilioWebhooks.AUTH_TOKEN,
                                "twilio.from-number", TwilioWebhooks.SERVICE_NUMBER,
                                "twilio.api-base-url", twilio.baseUrl().toString(),
                                "micronaut.server.port", -1));
        properties.putAll(extra);
        return ApplicationContext.run(properties, "test");
    }
}
