package org.whatmatters.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * Twilio takes a message but its answer never reaches us (the read times out): the next attempt
 * asks Twilio's Messages list, finds it, and records it instead of sending it a second time.
 * Counted at the stand-in, as the probe counted.
 */
@MicronautTest(environments = "test", transactional = false)
class TimedOutSendTest extends WithTwilioStandIn {

    private static final String PERSON = "+447700900333";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("twilio.read-timeout", "300ms");
        return properties;
    }

    @Test
    void aSendThatTimedOutAfterTwilioTookItIsNotSentAgain() {
        TwilioApiStandIn.Hold noAnswer =
                twilio.holdSendsTo(PERSON); // taken, then left unanswered past the read timeout

        webhooks.post("/webhooks/twilio/sms", sms("SM" + "e".repeat(32), PERSON, "hello"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () ->
                                assertThat(
                                                database.query(
                                                        "SELECT status FROM outbound_message ORDER BY id"))
                                        .containsExactly(List.of("ACCEPTED"), List.of("ACCEPTED")));
        List<TwilioApiStandIn.Stored> taken = twilio.messages();
        assertThat(taken).extracting(TwilioApiStandIn.Stored::to).containsOnly(PERSON);
        assertThat(taken)
                .extracting(message -> message.body().substring(0, 12))
                .as("each reply taken by Twilio once, in order")
                .containsExactly("Hello, this ", "Which langua");
        assertThat(twilio.receivedFor(PERSON))
                .as("one create request per reply, none repeated")
                .hasSize(2);
        assertThat(
                        database.query(
                                "SELECT provider_id, in_doubt_since FROM outbound_message ORDER BY id"))
                .as("each row carries the sid Twilio gave the message it took, found in its list")
                .containsExactly(
                        java.util.Arrays.asList(taken.get(0).sid(), null),
                        java.util.Arrays.asList(taken.get(1).sid(), null));
        assertThat(twilio.listRequests())
                .isNotEmpty()
                .allSatisfy(
                        query ->
                                assertThat(query)
                                        .containsEntry("To", PERSON)
                                        .containsEntry("From", TwilioWebhooks.SERVICE_NUMBER));
        noAnswer.release();
    }

    /**
     * The probe's measure, in process: twenty people, a seeded quarter of Twilio's answers never
     * arriving (read timeout) and a fifth of the rest cut off (connection closed after the request)
     * — every one of them a message Twilio took. Counted at the stand-in: every message Twilio
     * holds is recorded against exactly one outbox row, and none was taken twice.
     */
    @Test
    void underTimeoutsAndDroppedConnectionsNothingIsTakenTwice() throws Exception {
        java.util.Random hangs = new java.util.Random(10);
        java.util.Random drops = new java.util.Random(11);
        TwilioApiStandIn.Hold timedOut = twilio.hold(request -> hangs.nextInt(4) == 0);
        TwilioApiStandIn.Hold droppedConnection =
                twilio.takeAndDrop(request -> drops.nextInt(5) == 0);
        List<String> people =
                java.util.stream.IntStream.range(0, 20)
                        .mapToObj(i -> String.format("+4477009008%02d", i))
                        .toList();
        int sid = 0;
        for (String person : people) {
            webhooks.post(
                    "/webhooks/twilio/sms", sms(String.format("SM%032d", ++sid), person, "Hello"));
        }
        for (String person : people) {
            webhooks.post(
                    "/webhooks/twilio/sms", sms(String.format("SM%032d", ++sid), person, "1"));
        }

        await().atMost(Duration.ofSeconds(90))
                .until(
                        () ->
                                database.queryForLong(
                                                "SELECT COUNT(*) FROM outbound_message WHERE status <> 'ACCEPTED'")
                                        == 0);
        long rows = database.count("outbound_message");
        List<String> taken = twilio.messages().stream().map(TwilioApiStandIn.Stored::sid).toList();
        List<Object> recorded =
                database.query("SELECT provider_id FROM outbound_message").stream()
                        .map(row -> row.get(0))
                        .toList();
        assertThat(taken).doesNotHaveDuplicates().hasSize((int) rows);
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(taken);
        assertThat(timedOut.caught() + droppedConnection.caught())
                .as("faults happened")
                .isGreaterThan(5);
        System.out.printf(
                "outbox under faults: %d messages, %d create requests, %d answers timed out, %d connections dropped, "
                        + "%d list look-ups, %d taken by Twilio, %d taken twice%n",
                rows,
                twilio.received().size(),
                timedOut.caught(),
                droppedConnection.caught(),
                twilio.listRequests().size(),
                taken.size(),
                taken.size() - rows);
        timedOut.release();
    }

    @Test
    void aSendRefusedOutrightIsSentAgainWithoutAskingTwilio() {
        twilio.failNext(500, 20500, "Internal Server Error");

        webhooks.post("/webhooks/twilio/sms", sms("SM" + "9".repeat(32), PERSON, "hello"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                assertThat(
                                                database.query(
                                                        "SELECT status FROM outbound_message ORDER BY id"))
                                        .containsExactly(List.of("ACCEPTED"), List.of("ACCEPTED")));
        assertThat(twilio.messages()).hasSize(2);
        assertThat(twilio.listRequests())
                .as("a 500 is an answer: Twilio did not take it")
                .isEmpty();
    }
}
