package org.whatmatters.backend.outbox;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Sends what is due and was not sent straight after commit: retries whose wait is over, and messages a
 * crash left pending or half-sent (their claim lapsed). Runs on every instance; the claim in
 * {@link OutboxSender#attempt} keeps each message to one sender.
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
        for (Long id : messages.findDueIds(clock.instant(), 100)) {
            sender.attempt(id);
        }
    }
}
