package org.whatmatters.backend.person;

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
     * The person with this E.164 number, created if new. Two first messages from one new number can race (two
     * instances, or two threads): the insert does nothing when the number is there already, so both resolve to one
     * person without an error. Call it outside a transaction, so the insert commits on its own.
     */
    public Person findOrCreate(String phoneE164) {
        return people.findByPhoneE164(phoneE164).orElseGet(() -> {
            people.insertIfAbsent(phoneE164, clock.instant());
            return people.findByPhoneE164(phoneE164).orElseThrow(() -> new IllegalStateException("a new person could not be added"));
        });
    }
}
