package org.whatmatters.backend.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.person.Person;

/**
 * Queues messages to people inside the caller's transaction. Nothing is sent here: the row commits
 * with the state change that caused it, and {@link OutboxSender} sends it once the commit has
 * happened.
 */
@Singleton
public class Outbox {

    private final OutboundMessageRepository messages;
    private final ApplicationEventPublisher<OutboxWritten> events;
    private final ApplicationEventPublisher<InAppQueued> inApp;
    private final Clock clock;

    public Outbox(
            OutboundMessageRepository messages,
            ApplicationEventPublisher<OutboxWritten> events,
            ApplicationEventPublisher<InAppQueued> inApp,
            Clock clock) {
        this.messages = messages;
        this.events = events;
        this.inApp = inApp;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public OutboundMessage queue(Person person, Channel channel, String body, Long inReplyTo) {
        return queue(person, channel, body, inReplyTo, OutboxLane.ORDINARY);
    }

    /**
     * {@link OutboxLane#CRISIS} for a reply to a message that read as a crisis: it goes out through
     * senders of its own, ahead of any queue of ordinary sends and of the person's own earlier
     * messages.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public OutboundMessage queue(
            Person person, Channel channel, String body, Long inReplyTo, OutboxLane lane) {
        if (channel == Channel.APP) {
            // waits in the app to be fetched (never sent by Twilio); the app channel pushes and, if
            // unread, falls back to SMS
            OutboundMessage saved =
                    messages.save(
                            OutboundMessage.inApp(
                                    person.id(), body, inReplyTo, lane, clock.instant()));
            inApp.publishEvent(new InAppQueued(saved.id(), person.id(), lane, inReplyTo != null));
            return saved;
        }
        OutboundMessage saved =
                messages.save(
                        OutboundMessage.pending(
                                person.id(),
                                channel,
                                person.phoneE164(),
                                body,
                                inReplyTo,
                                lane,
                                clock.instant()));
        events.publishEvent(new OutboxWritten(person.id(), lane));
        return saved;
    }
}
