package org.whatmatters.backend.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * A message that was stored but never handled (the instance died in between) is handled once,
 * later.
 */
@MicronautTest(environments = "test", transactional = false)
class InboxRecoveryTest extends WithTwilioStandIn {

    @Inject InboundMessageRepository inbound;
    @Inject InboxRecovery recovery;
    @Inject SmsInbox inbox;

    @Test
    void aMessageStoredButNeverHandledIsHandledOnce() {
        Instant fiveMinutesAgo = Instant.now().minus(Duration.ofMinutes(5));
        inbound.save(
                InboundMessage.arrived(
                        Channel.SMS,
                        "SM" + "d".repeat(32),
                        "+447700900888",
                        "+447700900001",
                        "hello",
                        0,
                        fiveMinutesAgo,
                        fiveMinutesAgo.plus(Duration.ofMinutes(1))));
        inbound.save(
                InboundMessage.arrived(
                        Channel.SMS,
                        "SM" + "e".repeat(32),
                        "+447700900889",
                        "+447700900001",
                        "just arrived",
                        0,
                        Instant.now(),
                        Instant.now().plus(Duration.ofMinutes(1))));

        recovery.sweep();
        recovery.sweep();

        assertThat(
                        database.query(
                                "SELECT provider_id FROM inbound_message WHERE processed_at IS NOT NULL"))
                .as("only the one older than the grace period; the new one may still be in hand")
                .containsExactly(java.util.List.of("SM" + "d".repeat(32)));
        // counted by recipient: a retry left over from another test class on a shared database may
        // reach the stand-in too
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                twilio.received().stream()
                                                .filter(r -> "+447700900888".equals(r.param("To")))
                                                .count()
                                        == 2);
        assertThat(twilio.received())
                .noneSatisfy(r -> assertThat(r.param("To")).isEqualTo("+447700900889"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VODAFONE", "NHSAPP", "+1800FLOWERS", "garbage!!", "   "})
    void aSenderThatIsNotAPhoneNumberIsHandledAtOnceWithAReasonAndNeverTriedAgain(String sender) {
        inbox.receive(
                new SmsInbox.IncomingSms(
                        "SM" + "f".repeat(32), sender, "+447700900001", "Your code is 1234", 0));

        assertThat(
                        database.query(
                                "SELECT handled_reason, attempts, person_id FROM inbound_message WHERE processed_at IS NOT NULL"))
                .containsExactly(java.util.Arrays.asList("sender is not a phone number", 1, null));
        assertThat(database.count("person")).isZero();
        recovery.sweep();
        assertThat(database.queryForLong("SELECT attempts FROM inbound_message")).isOne();
        assertThat(database.count("outbound_message")).isZero();
    }
}
