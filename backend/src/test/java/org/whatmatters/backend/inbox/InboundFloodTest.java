package org.whatmatters.backend.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.MovableClock;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * A flood from one number is stored in full and answered, at the inbox sweep's pace, while another
 * person's message is handled at once: one sender cannot starve the rest, and nothing is dropped.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "whatmatters.rate-limits.inbound-per-minute", value = "2")
@Property(name = "test.clock-start", value = "2026-12-01T10:00:00Z")
class InboundFloodTest extends WithTwilioStandIn {

    @Inject InboxRecovery recovery;
    @Inject MovableClock clock;

    @Test
    void aFloodIsStoredAndHandledLaterWhileOthersAreHandledAtOnce() {
        for (int i = 0; i < 6; i++) {
            assertThat(
                            webhooks.post(
                                            "/webhooks/twilio/sms",
                                            TwilioWebhooks.sms(
                                                    "SM" + String.format("%032d", i),
                                                    "+447700900700",
                                                    "hello " + i))
                                    .status())
                    .isEqualTo(200);
        }
        assertThat(
                        webhooks.post(
                                        "/webhooks/twilio/sms",
                                        TwilioWebhooks.sms(
                                                "SM" + "f".repeat(32), "+447700900701", "hello"))
                                .status())
                .isEqualTo(200);

        assertThat(database.count("inbound_message")).isEqualTo(7);
        assertThat(
                        database.query(
                                "SELECT from_address_hash FROM inbound_message WHERE processed_at IS NULL"))
                .as(
                        "the four over the flooding number's budget wait; the other person's message does not")
                .hasSize(4)
                .allSatisfy(
                        row ->
                                assertThat(row.get(0))
                                        .isEqualTo(Database.phoneHash("+447700900700")));

        assertThat(
                        webhooks.post(
                                        "/webhooks/twilio/sms",
                                        TwilioWebhooks.sms(
                                                "SM" + "c".repeat(32),
                                                "+447700900700",
                                                "I want to kill myself"))
                                .status())
                .isEqualTo(200);
        assertThat(
                        database.query(
                                        "SELECT processed_at FROM inbound_message WHERE provider_id = ?",
                                        "SM" + "c".repeat(32))
                                .get(0)
                                .get(0))
                .as("crisis language from the flooding number is handled at once all the same")
                .isNotNull();

        clock.advance(Duration.ofMinutes(2));
        recovery.sweep();
        assertThat(database.count("inbound_message WHERE processed_at IS NULL")).isZero();
    }
}
