package org.whatmatters.backend.person;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.whatmatters.backend.privacy.Binding;
import org.whatmatters.backend.privacy.PhoneLookup;
import org.whatmatters.backend.privacy.TextCipher;

/**
 * Finds a person by number, creating them on first contact. Numbers are looked up by their keyed
 * hash only.
 */
@Singleton
public class People {

    /** What the column converter binds {@link Person#phoneE164()} to (the property's name). */
    private static final Binding PHONE = Binding.column("phoneE164");

    private final PersonRepository people;
    private final PhoneLookup lookup;
    private final TextCipher cipher;
    private final Clock clock;

    public People(PersonRepository people, PhoneLookup lookup, TextCipher cipher, Clock clock) {
        this.people = people;
        this.lookup = lookup;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The person with this E.164 number, if known. */
    public Optional<Person> findByNumber(String phoneE164) {
        return people.findByPhoneE164Hash(lookup.hash(phoneE164));
    }

    /**
     * The person with this E.164 number, created if new. Two first messages from one new number can
     * race (two instances, or two threads): the insert does nothing when the number is there
     * already, so both resolve to one person without an error. Call it outside a transaction, so
     * the insert commits on its own.
     */
    public Person findOrCreate(String phoneE164) {
        String hash = lookup.hash(phoneE164);
        return people.findByPhoneE164Hash(hash)
                .orElseGet(
                        () -> {
                            people.insertIfAbsent(
                                    cipher.encrypt(phoneE164, PHONE), hash, clock.instant());
                            return people.findByPhoneE164Hash(hash)
                                    .orElseThrow(
                                            () ->
                                                    new IllegalStateException(
                                                            "a new person could not be added"));
                        });
    }
}
