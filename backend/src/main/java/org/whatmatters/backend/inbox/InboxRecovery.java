package org.whatmatters.backend.inbox;

import org.whatmatters.backend.message.InboundMessageRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Picks up inbound messages that were stored but never handled (the handler failed, or the instance
 * died between storing and handling). Handling is idempotent per message, so two instances sweeping
 * at once still give one effect.
 */
@Singleton
class InboxRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(InboxRecovery.class);

    private final InboundMessageRepository inbound;
    private final SmsInbox inbox;
    private final Clock clock;
    private final Duration grace;

    InboxRecovery(InboundMessageRepository inbound, SmsInbox inbox, Clock clock,
                  @Value("${whatmatters.inbox.recovery-grace:1m}") Duration grace) {
        this.inbound = inbound;
        this.inbox = inbox;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelay = "${whatmatters.inbox.recovery-interval:30s}", initialDelay = "${whatmatters.inbox.recovery-interval:30s}")
    void sweep() {
        for (Long id : inbound.findUnprocessedIds(clock.instant().minus(grace), 100)) {
            inbound.findById(id).filter(message -> message.processedAt() == null).ifPresent(message -> {
                try {
                    inbox.process(message);
                } catch (RuntimeException e) {
                    LOG.error("inbound message {} still cannot be handled", id, e);
                }
            });
        }
    }
}
