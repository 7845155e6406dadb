package org.whatmatters.backend.outbox;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends what is due and was not sent straight after commit: retries whose wait is over, and messages a
 * crash left pending or half-sent (their claim lapsed), and people a full sender queue left out. Runs on
 * every instance; the claim in {@link OutboxSender#attempt} keeps each message to one sender.
 */
@Singleton
class OutboxPoller {

    private final OutboundMessageRepository messages;
    private final OutboxSender sender;
    private final Clock clock;

    OutboxPoller(OutboundMessageRepository messages, OutboxSender sender, Clock clock) {
        this.messages = messages;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${whatmatters.outbox.poll-interval:5s}", initialDelay = "${whatmatters.outbox.poll-initial-delay:2s}")
    void sendDue() {
        // hands people to the senders and returns: a hung call to Twilio never holds up the poller
        Instant now = clock.instant();
        for (Long personId : messages.findPeopleWithCrisisDue(now, 100)) {
            sender.offer(personId, OutboxLane.CRISIS);
        }
        for (Long personId : messages.findPeopleWithOrdinaryDue(now, 100)) {
            sender.offer(personId, OutboxLane.ORDINARY);
        }
    }
}
