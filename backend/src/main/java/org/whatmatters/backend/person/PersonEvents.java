package org.whatmatters.backend.person;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Raises something staff must know about a person (unreachable, declined follow-ups, feedback, a
 * delivery problem, a crisis) as a {@code person_event}, in the caller's transaction, where the
 * alerts about it are made too. {@code detail} never holds what the person wrote.
 */
@Singleton
public class PersonEvents {

    private final PersonEventRepository events;
    private final ApplicationEventPublisher<PersonEventRaised> raised;
    private final Clock clock;

    public PersonEvents(
            PersonEventRepository events,
            ApplicationEventPublisher<PersonEventRaised> raised,
            Clock clock) {
        this.events = events;
        this.raised = raised;
        this.clock = clock;
    }

    public PersonEvent raise(
            Long personId, String kind, PersonEvent.Urgency urgency, @Nullable String detail) {
        PersonEvent event =
                events.save(
                        new PersonEvent(
                                null,
                                personId,
                                kind,
                                urgency,
                                detail,
                                clock.instant(),
                                null,
                                null));
        raised.publishEvent(new PersonEventRaised(event));
        return event;
    }
}
