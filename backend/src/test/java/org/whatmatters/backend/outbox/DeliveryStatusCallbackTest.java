package org.whatmatters.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;
import static org.whatmatters.backend.support.TwilioWebhooks.status;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;

@MicronautTest(environments = "test", transactional = false)
class DeliveryStatusCallbackTest extends WithTwilioStandIn {

    private static final String PATH = "/webhooks/twilio/status";
    private String sid;

    @BeforeEach
    void aMessageHasGoneOut() {
        webhooks.post("/webhooks/twilio/sms", sms("SM" + "e".repeat(32), "+447700900333", "hello"));
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                !database.query(
                                                "SELECT provider_id FROM outbound_message WHERE provider_id IS NOT NULL")
                                        .isEmpty());
        sid =
                (String)
                        database.query(
                                        "SELECT provider_id FROM outbound_message WHERE provider_id IS NOT NULL ORDER BY id")
                                .get(0)
                                .get(0);
    }

    @Test
    void queuedThenSentThenDelivered() {
        for (String next : List.of("queued", "sent", "delivered")) {
            assertThat(webhooks.post(PATH, status(sid, next, null)).status()).isEqualTo(200);
            assertThat(delivery()).containsExactly(next, null);
        }
    }

    @Test
    void aLateSentDoesNotUndoDelivered() {
        webhooks.post(PATH, status(sid, "delivered", null));
        webhooks.post(PATH, status(sid, "sent", null));

        assertThat(delivery()).containsExactly("delivered", null);
    }

    @Test
    void undeliveredKeepsTwiliosErrorCode() {
        webhooks.post(PATH, status(sid, "sent", null));
        webhooks.post(PATH, status(sid, "undelivered", "30003"));

        assertThat(delivery()).containsExactly("undelivered", "30003");
    }

    @Test
    void anUnknownMessageSidIsAcknowledgedAndChangesNothing() {
        TwilioWebhooks.Answer answer =
                webhooks.post(PATH, status("SM" + "f".repeat(32), "delivered", null));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(delivery()).containsExactly("queued", null);
    }

    @Test
    void aForgedCallbackIsRefusedAndChangesNothing() {
        Map<String, String> form = status(sid, "failed", "30007");

        TwilioWebhooks.Answer answer =
                webhooks.postSigned(
                        PATH,
                        form,
                        TwilioWebhooks.sign(PUBLIC_BASE_URL + PATH, form, "1".repeat(32)));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(delivery()).containsExactly("queued", null);
    }

    private List<Object> delivery() {
        return database.query(
                        "SELECT delivery_status, error_code FROM outbound_message WHERE provider_id = ?",
                        sid)
                .get(0);
    }
}
