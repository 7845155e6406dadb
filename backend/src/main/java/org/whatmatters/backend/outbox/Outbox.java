package org.whatmatters.backend.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.person.Person;

import java.time.Clock;

/**
 * Queues messages to people inside the caller's transaction. Nothing is sent here: the row commits with
 * the state change that caused it, and {@link OutboxSender} sends it once the commit has happened.
 */
@Singleton
public class Outbox {

    private final OutboundMessageRepository messages;
    private final ApplicationEventPublisher<OutboxWritten> events;
    private final Clock clock;

    public Outbox(OutboundMessageRepository messages, ApplicationEventPublisher<OutboxWritten> events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public OutboundMessage queue(Person person, Channel channel, String body, Long inReplyTo) {
        return queue(person, channel, body, inReplyTo, OutboxLane.ORDINARY);
    }

    /**
     * {@link OutboxLane#CRISIS} for a reply to a message that read as a crisis: it goes out through senders
     * of its own, ahead of any queue of ordinary sends and of the person's own earlier messages.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public OutboundMessage queue(Person person, Channel channel, String body, Long inReplyTo, OutboxLane lane) {
        OutboundMessage saved = messages.save(OutboundMessage.pending(person.id(), channel, person.phoneE164(), body,
                inReplyTo, lane, clock.instant()));
        events.publishEvent(new OutboxWritten(person.id(), lane));
        return saved;
    }
}
