package org.whatmatters.backend.conversation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Map;
import org.whatmatters.backend.person.Person;
import org.whatmatters.conversation.engine.StepResult;

/**
 * Published inside the transaction of every conversation step, after it is stored: referrals,
 * follow-ups and signposting act on what the person said and what the engine decided, in the same
 * transaction.
 *
 * @param inboundId the message the person sent, or null when the service spoke first (a contact, a
 *     nudge)
 * @param facts the facts the step was given (saved answers and {@link HostFacts})
 */
public record TurnTaken(
        Person person,
        StepResult result,
        @Nullable Long inboundId,
        Map<String, String> facts,
        Instant at) {

    public boolean fromThePerson() {
        return inboundId != null;
    }
}
