package org.whatmatters.backend.conversation;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.person.Person;

/**
 * A reply the service itself is waiting for, outside any script (whether a number is still the
 * person's, H2). Asked on each message from the person, in the turn's transaction under the
 * person's lock, after the safety check has run and before the conversation steps: a message it
 * takes never reaches the script (it is not an answer to anything there), and is marked handled.
 */
public interface AwaitedReply {

    /**
     * What taking a message leads to: {@code replyKey}, a reply that works anywhere to answer with,
     * or none.
     */
    record Taken(@Nullable String replyKey) {}

    /** Empty: not awaited, the conversation has the message. */
    Optional<Taken> take(Person person, InboundMessage message);
}
