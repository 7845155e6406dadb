package org.whatmatters.backend.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.person.PersonRepository;

/**
 * Counts the attempts at handling each inbound message and gives one up after the last: it is
 * marked failed, the person's later messages go on without it, and a ROUTINE {@code MESSAGE_FAILED}
 * event tells the partner that a message from this person could not be handled, so that a human
 * reads it. Nothing is dropped silently. Logs carry message ids and the kind of failure, never what
 * the message said or who sent it.
 */
@Singleton
class Attempts {

    static final String FAILED_EVENT = "MESSAGE_FAILED";
    private static final Logger LOG = LoggerFactory.getLogger(Attempts.class);

    private final InboundMessageRepository inbound;
    private final PersonRepository people;
    private final PersonEvents events;
    private final InboxSettings settings;
    private final Clock clock;

    Attempts(
            InboundMessageRepository inbound,
            PersonRepository people,
            PersonEvents events,
            InboxSettings settings,
            Clock clock) {
        this.inbound = inbound;
        this.people = people;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts the attempt about to begin on {@code message}; false if it is settled already. */
    boolean begin(InboundMessage message) {
        return inbound.countAttempt(message.id(), next(message.attempts() + 1)) > 0;
    }

    /**
     * A message about to be stored and handled at once, with that first attempt counted as {@link
     * #begin} would count it, so storing it is all the counting it needs.
     */
    InboundMessage begunOnArrival(InboundMessage arrived) {
        return arrived.withFirstAttempt(next(1));
    }

    /**
     * An earlier message about to be handled before a later one (one person, one order): counted
     * only if its next attempt is due. A message still in its own handler's hands (counted there)
     * or waiting after a failure is handled all the same, for the order's sake, without counting it
     * again: several of a person's messages arriving at once must not use up an earlier one's
     * attempts.
     */
    void beginEarlier(InboundMessage message) {
        inbound.countAttemptIfDue(message.id(), clock.instant(), next(message.attempts() + 1));
    }

    /**
     * The recovery sweep's claim on a due message; false if another instance took it, or it was
     * settled meanwhile.
     */
    boolean claimDue(InboundMessage message) {
        return inbound.claimDue(
                        message.id(),
                        message.attempts(),
                        clock.instant(),
                        next(message.attempts() + 1))
                > 0;
    }

    /**
     * An attempt failed. Its next attempt was set when it began; after the last one the message is
     * marked failed and, when the sender is known, the partner is told. Lock order as in a turn:
     * the person, then the message.
     */
    @Transactional
    public void failed(Long inboundId, @Nullable Long personId, RuntimeException cause) {
        if (personId != null) {
            people.lockById(personId);
        }
        InboundMessage message = inbound.lockById(inboundId).orElseThrow();
        if (message.settled()) {
            return;
        }
        if (message.attempts() < settings.maxAttempts()) {
            LOG.warn(
                    "inbound message {} not handled on attempt {} of {} ({}); it will be tried again",
                    inboundId,
                    message.attempts(),
                    settings.maxAttempts(),
                    kind(cause),
                    cause); // the stack trace is rendered without its messages (logback %wmEx)
            return;
        }
        String reason = "failed after " + message.attempts() + " attempts";
        inbound.markFailed(inboundId, personId, reason, clock.instant());
        if (personId != null) {
            events.raise(
                    personId,
                    FAILED_EVENT,
                    PersonEvent.Urgency.ROUTINE,
                    "a message from this person could not be handled ("
                            + reason
                            + "): read it in their transcript");
        }
        LOG.error(
                "inbound message {} could not be handled after {} attempts ({}); marked failed{}",
                inboundId,
                message.attempts(),
                kind(cause),
                personId == null
                        ? ", sender unknown: nobody could be told"
                        : ", the partner is told",
                cause);
    }

    /**
     * A message that cannot even be read (a body that no longer decrypts): counted like any
     * attempt, and failed after the last; the partner of the person with its sender's number, if
     * there is one, is told.
     */
    @Transactional
    public void unreadable(Long inboundId, RuntimeException cause) {
        int attempt = inbound.findAttemptsById(inboundId) + 1;
        inbound.countAttempt(inboundId, next(attempt));
        if (attempt < settings.maxAttempts()) {
            return;
        }
        String reason = "unreadable after " + attempt + " attempts";
        // by the sender's hash: the address itself may be as unreadable as the body
        Optional<Long> person =
                Optional.ofNullable(inbound.findFromAddressHashById(inboundId))
                        .flatMap(people::findByPhoneE164Hash)
                        .map(Person::id);
        inbound.markFailed(inboundId, person.orElse(null), reason, clock.instant());
        person.ifPresent(
                id ->
                        events.raise(
                                id,
                                FAILED_EVENT,
                                PersonEvent.Urgency.ROUTINE,
                                "a message from this person could not be read (" + reason + ")"));
        LOG.error(
                "inbound message {} could not be read after {} attempts ({}); marked failed{}",
                inboundId,
                attempt,
                kind(cause),
                person.isPresent()
                        ? ", the partner is told"
                        : ", sender unknown: nobody could be told");
    }

    private Instant next(int attempt) {
        return clock.instant().plus(settings.delayAfter(attempt));
    }

    /** What went wrong, without the exception's message (it may quote a value the person sent). */
    static String kind(Throwable cause) {
        StringBuilder kinds = new StringBuilder(cause.getClass().getName());
        for (Throwable inner = cause.getCause();
                inner != null && inner != inner.getCause();
                inner = inner.getCause()) {
            kinds.append(" <- ").append(inner.getClass().getName());
        }
        return kinds.toString();
    }
}
