package org.whatmatters.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * Twilio calls that hang (the stand-in takes the request and answers only when the test lets it)
 * hold up nobody else: each hung person holds one sender thread however many messages they send,
 * the other threads serve everyone else, and a crisis reply goes out while every ordinary sender is
 * hung. The read timeout is set far beyond the test, so "still hanging" is a fact of the stand-in,
 * not a race with a clock.
 */
@MicronautTest(environments = "test", transactional = false)
class HungTwilioTest extends WithTwilioStandIn {

    private static final List<String> HUNG =
            List.of("+447700900501", "+447700900502", "+447700900503", "+447700900504");
    private static final String UNAFFECTED = "+447700900600";
    private static final String IN_CRISIS = "+447700900700";
    private final AtomicInteger sids = new AtomicInteger();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("twilio.read-timeout", "5m");
        properties.put("whatmatters.outbox.sender-threads", "4");
        properties.put("whatmatters.outbox.crisis-sender-threads", "2");
        return properties;
    }

    @Test
    void threeHungPeopleSendingAgainDoNotHoldUpAFourthPersonsReply() throws Exception {
        List<String> three = HUNG.subList(0, 3);
        TwilioApiStandIn.Hold hang = twilio.holdSendsTo(three.toArray(String[]::new));
        for (String person : three) {
            say(person, "Hello");
        }
        hang.awaitHanging(3, Duration.ofSeconds(10));
        for (String person : three) {
            say(
                    person,
                    "1"); // more replies for each hung person: before, each of these took another
            // sender thread
            say(person, "yes");
        }

        say(UNAFFECTED, "Hello");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> twilio.receivedFor(UNAFFECTED).size() == 2);
        assertThat(hang.hanging()).as("the three calls are still hanging").isEqualTo(3);
        for (String person : three) {
            assertThat(twilio.receivedFor(person))
                    .as("one sender thread, one call, per hung person")
                    .hasSize(1);
        }
        hang.release();
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                database.queryForLong(
                                                "SELECT COUNT(*) FROM outbound_message WHERE status <> 'ACCEPTED'")
                                        == 0);
        for (String person : three) {
            assertThat(twilio.receivedFor(person))
                    .extracting(r -> r.param("Body"))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void aCrisisReplyGoesOutWhileEveryOrdinarySenderIsHungAndOthersQueueBehindThem()
            throws Exception {
        TwilioApiStandIn.Hold hang = twilio.holdSendsTo(HUNG.toArray(String[]::new));
        for (String person : HUNG) {
            say(person, "Hello");
        }
        hang.awaitHanging(4, Duration.ofSeconds(10)); // all four ordinary sender threads
        say(UNAFFECTED, "Hello"); // queued behind them
        say(IN_CRISIS, "Hello");
        say(IN_CRISIS, "1");

        say(IN_CRISIS, "honestly i want to kill myself");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !twilio.receivedFor(IN_CRISIS).isEmpty());
        assertThat(hang.hanging()).as("every ordinary sender is still hung").isEqualTo(4);
        assertThat(twilio.receivedFor(UNAFFECTED)).as("ordinary sends still wait").isEmpty();
        assertThat(twilio.receivedFor(IN_CRISIS))
                .extracting(r -> r.param("Body"))
                .as("only the crisis turn's replies went, ahead of the person's own earlier ones")
                .anySatisfy(body -> assertThat(body).contains("999").contains("116 123"));
        assertThat(
                        database.query(
                                """
                SELECT DISTINCT m.lane FROM outbound_message m JOIN person p ON p.id = m.person_id
                 WHERE p.phone_e164_hash = ? AND m.provider_id IS NOT NULL""",
                                Database.phoneHash(IN_CRISIS)))
                .containsExactly(List.of("CRISIS"));
        hang.release();
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                database.queryForLong(
                                                "SELECT COUNT(*) FROM outbound_message WHERE status <> 'ACCEPTED'")
                                        == 0);
    }

    @Test
    void aStatusCallbackForASendWhoseAnswerNeverCameRecordsItAndItIsNotSentAgain()
            throws Exception {
        String person = HUNG.get(0);
        TwilioApiStandIn.Hold hang = twilio.holdSendsTo(person);
        say(person, "Hello");
        TwilioApiStandIn.Received held = hang.awaitHanging(1, Duration.ofSeconds(10)).get(0);
        String callback = held.param("StatusCallback");
        assertThat(callback).startsWith(PUBLIC_BASE_URL + "/webhooks/twilio/status?outbox=");
        String sid = twilio.messages().get(0).sid();

        // Twilio's status callback arrives while the create call is still waiting for its answer
        webhooks.post(
                callback.substring(PUBLIC_BASE_URL.length()),
                TwilioWebhooks.status(sid, "sent", null));
        hang.drop(); // and then the answer never comes: the connection closes after the request
        // was written

        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                database.queryForLong(
                                                        "SELECT COUNT(*) FROM outbound_message WHERE status <> 'ACCEPTED'")
                                                == 0
                                        && twilio.receivedFor(person).size() == 2);
        assertThat(
                        database.query(
                                        "SELECT status, provider_id, delivery_status, attempts FROM outbound_message ORDER BY id")
                                .get(0))
                .as(
                        "the dropped call changed nothing the callback had recorded, and nothing was sent again")
                .containsExactly("ACCEPTED", sid, "sent", 1);
        assertThat(twilio.receivedFor(person))
                .extracting(r -> r.param("Body").substring(0, 12))
                .as("the first reply not sent again")
                .containsExactly("Hello, this ", "Which langua");
        assertThat(twilio.listRequests())
                .as("the callback was enough; Twilio's list was not needed")
                .isEmpty();
    }

    private void say(String person, String text) {
        webhooks.post(
                "/webhooks/twilio/sms",
                sms("SM" + String.format("%032d", sids.incrementAndGet()), person, text));
    }
}
