package org.whatmatters.backend.inbox;

import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.message.Channel;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.WithTwilioStandIn;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A message that was stored but never handled (the instance died in between) is handled once, later. */
@MicronautTest(environments = "test", transactional = false)
class InboxRecoveryTest extends WithTwilioStandIn {

    @Inject
    InboundMessageRepository inbound;
    @Inject
    InboxRecovery recovery;

    @Test
    void aMessageStoredButNeverHandledIsHandledOnce() {
        inbound.save(new InboundMessage(null, Channel.SMS, "SM" + "d".repeat(32), "+447700900888", "+447700900001",
                "hello", 0, Instant.now().minus(Duration.ofMinutes(5)), null, null));
        inbound.save(new InboundMessage(null, Channel.SMS, "SM" + "e".repeat(32), "+447700900889", "+447700900001",
                "just arrived", 0, Instant.now(), null, null));

        recovery.sweep();
        recovery.sweep();

        assertThat(database.query("SELECT provider_id FROM inbound_message WHERE processed_at IS NOT NULL"))
                .as("only the one older than the grace period; the new one may still be in hand")
                .containsExactly(java.util.List.of("SM" + "d".repeat(32)));
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() == 2);
        assertThat(twilio.received()).allSatisfy(r -> assertThat(r.param("To")).isEqualTo("+447700900888"));
    }
}
