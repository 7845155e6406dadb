package org.whatmatters.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.WithTwilioStandIn;

@MicronautTest(environments = "test", transactional = false)
class OutboxDeliveryTest extends WithTwilioStandIn {

    private static final String PERSON = "+447700900222";

    @Test
    void aServerErrorIsRetriedOnceAndTheMessageGoesOutOnce() throws Exception {
        twilio.failNext(500, 20500, "Internal Server Error");

        webhooks.post("/webhooks/twilio/sms", sms("SM" + "b".repeat(32), PERSON, "hello"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                assertThat(rows())
                                        .containsExactly(
                                                List.of("ACCEPTED", 2, "queued"),
                                                List.of("ACCEPTED", 1, "queued")));
        assertThat(twilio.received())
                .hasSize(3)
                .allSatisfy(request -> assertThat(request.param("To")).isEqualTo(PERSON));
        assertThat(twilio.received())
                .extracting(r -> r.param("Body").substring(0, 12))
                .as("the second reply waits for the first: they arrive in order")
                .containsExactly("Hello, this ", "Hello, this ", "Which langua");
        List<Object> accepted =
                database.query("SELECT provider_id, error_code FROM outbound_message ORDER BY id")
                        .get(0);
        assertThat((String) accepted.get(0)).matches("SM[0-9a-f]{32}");
        assertThat(accepted.get(1)).as("the earlier failure is cleared once sent").isNull();
    }

    @Test
    void aPermanentRefusalIsNotRetried() {
        twilio.failNext(400, 21211, "The 'To' number is not a valid phone number.");

        webhooks.post("/webhooks/twilio/sms", sms("SM" + "c".repeat(32), PERSON, "hello"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                assertThat(
                                                database.query(
                                                        "SELECT status, attempts, error_code FROM outbound_message ORDER BY id"))
                                        .containsExactly(
                                                List.of("FAILED", 1, "21211"),
                                                java.util.Arrays.asList("ACCEPTED", 1, null)));
        assertThat(twilio.received()).hasSize(2);
    }

    @Test
    void aMessageIsGivenUpAfterItsLastAttempt() {
        for (int i = 0; i < 6; i++) {
            twilio.failNext(503, 20503, "Service Unavailable");
        }

        webhooks.post("/webhooks/twilio/sms", sms("SM" + "d".repeat(32), PERSON, "hello"));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () ->
                                assertThat(
                                                database.query(
                                                                "SELECT status, attempts, error_code FROM outbound_message ORDER BY id")
                                                        .get(0))
                                        .containsExactly("FAILED", 6, "20503"));
        await().atMost(Duration.ofSeconds(5)).until(() -> twilio.received().size() == 7);
    }

    @Test
    void aMessageStillWaitingToBeRetriedWhenThePersonSaysStopIsNeverSentButTheConfirmationIs() {
        org.whatmatters.backend.person.Person person =
                context.getBean(org.whatmatters.backend.person.People.class).findOrCreate(PERSON);
        java.time.Instant now = java.time.Instant.now();
        context.getBean(OutboundMessageRepository.class)
                .save(
                        new OutboundMessage(
                                null,
                                person.id(),
                                org.whatmatters.backend.message.Channel.SMS,
                                PERSON,
                                "a reminder written before they said STOP",
                                null,
                                OutboundStatus.RETRY,
                                "Service Unavailable",
                                1,
                                now.plusSeconds(1),
                                null,
                                null,
                                null,
                                "20503",
                                now,
                                now));

        webhooks.post("/webhooks/twilio/sms", sms("SM" + "f".repeat(32), PERSON, "STOP"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                assertThat(
                                                database.query(
                                                        "SELECT status, status_detail FROM outbound_message ORDER BY id"))
                                        .containsExactly(
                                                List.of("NOT_SENT", OutboxSender.OPTED_OUT),
                                                java.util.Arrays.asList("ACCEPTED", null)));
        assertThat(twilio.received())
                .singleElement()
                .satisfies(
                        text ->
                                assertThat(text.param("Body"))
                                        .startsWith("You won't get any more messages"));
    }

    private List<List<Object>> rows() {
        return database
                .query("SELECT status, attempts, delivery_status FROM outbound_message ORDER BY id")
                .stream()
                .map(
                        row ->
                                List.<Object>of(
                                        row.get(0),
                                        ((Number) row.get(1)).intValue(),
                                        String.valueOf(row.get(2))))
                .toList();
    }
}
