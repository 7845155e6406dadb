package org.whatmatters.backend.person;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Finds a person by number, creating them on first contact. */
@Singleton
public class People {

    private final PersonRepository people;
    private final Clock clock;

    public People(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /**
     * The person with this E.164 number, created if new. Two first messages from one new number can
     * race; the unique key lets one insert win and the other read it back. Call it outside a
     * transaction, so the insert commits on its own.
     */
    public Person findOrCreate(String phoneE164) {
        return people.findByPhoneE164(phoneE164).orElseGet(() -> {
            try {
                return people.save(new Person(null, phoneE164, clock.instant(), null, null));
            } catch (DataAccessException lostTheRace) {
                return people.findByPhoneE164(phoneE164).orElseThrow(() -> lostTheRace);
            }
        });
    }
}
