package org.whatmatters.backend.inbox;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.message.InboundMessageRepository;

/**
 * Picks up inbound messages that were stored but not handled (an attempt failed, or the instance
 * died between storing and handling): those whose next attempt is due, the longest waiting first,
 * at most {@code whatmatters.inbox.sweep-limit} a sweep. Every message it takes has its attempt
 * counted and its next one moved later, and the last attempt fails it, so no kind of row can hold
 * the front of the queue for ever. Handling is idempotent per message and each claim is taken once,
 * so two instances sweeping at once still give one effect.
 */
@Singleton
class InboxRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(InboxRecovery.class);

    private final InboundMessageRepository inbound;
    private final SmsInbox inbox;
    private final Attempts attempts;
    private final InboxSettings settings;
    private final Clock clock;

    InboxRecovery(
            InboundMessageRepository inbound,
            SmsInbox inbox,
            Attempts attempts,
            InboxSettings settings,
            Clock clock) {
        this.inbound = inbound;
        this.inbox = inbox;
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${whatmatters.inbox.recovery-interval:30s}",
            initialDelay = "${whatmatters.inbox.recovery-interval:30s}")
    void sweep() {
        for (Long id : inbound.findDueIds(clock.instant(), settings.sweepLimit())) {
            try {
                inbound.findById(id)
                        .filter(message -> !message.settled())
                        .filter(attempts::claimDue)
                        .ifPresent(inbox::attempt);
            } catch (RuntimeException e) {
                // the row itself cannot be read (a body that no longer decrypts): count it, so it
                // cannot stay at the front
                LOG.error("inbound message {} cannot be read ({})", id, Attempts.kind(e));
                try {
                    attempts.unreadable(id, e);
                } catch (RuntimeException alsoFailed) {
                    LOG.error(
                            "inbound message {}: its attempt could not be counted either ({})",
                            id,
                            Attempts.kind(alsoFailed));
                }
            }
        }
    }
}
