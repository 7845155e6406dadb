package org.whatmatters.backend.conversation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Raises something staff must know about a person (unreachable, declined follow-ups, feedback, a delivery
 * problem) as a {@code person_event}, in the caller's transaction; the notifications deliver them.
 * {@code detail} never holds what the person wrote.
 */
@Singleton
public class PersonEvents {

    private final PersonEventRepository events;
    private final Clock clock;

    public PersonEvents(PersonEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public PersonEvent raise(Long personId, String kind, PersonEvent.Urgency urgency, @Nullable String detail) {
        return events.save(new PersonEvent(null, personId, kind, urgency, detail, clock.instant(), null));
    }
}
