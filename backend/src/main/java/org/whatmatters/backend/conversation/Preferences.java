package org.whatmatters.backend.conversation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.conversation.engine.ConversationState;

/**
 * Preferences a person sets in the app's settings rather than by answering a question: their
 * language and how they like to be contacted. Saved as the same facts the scripts save (so a
 * question whose answer is known is not asked again), with where they came from; the language also
 * goes into the conversation's state, under the person's lock.
 */
@Singleton
public class Preferences {

    static final String SOURCE = "app-settings";

    private final PersonRepository people;
    private final ConversationRepository conversations;
    private final FactRepository facts;
    private final StateCodec codec;
    private final Clock clock;

    Preferences(
            PersonRepository people,
            ConversationRepository conversations,
            FactRepository facts,
            StateCodec codec,
            Clock clock) {
        this.people = people;
        this.conversations = conversations;
        this.facts = facts;
        this.codec = codec;
        this.clock = clock;
    }

    @Transactional
    public void language(Long personId, String language) {
        people.lockById(personId).orElseThrow();
        Instant now = clock.instant();
        var before = conversations.findById(personId);
        ConversationState state =
                before.map(record -> codec.read(record.state()))
                        .orElse(ConversationState.fresh(now))
                        .withLanguage(language);
        ConversationRecord record =
                new ConversationRecord(
                        personId,
                        codec.write(state),
                        now,
                        before.map(ConversationRecord::talkOfferedAt).orElse(null));
        if (before.isPresent()) {
            conversations.update(record);
        } else {
            conversations.save(record);
        }
        save(personId, "language", language, now);
    }

    /**
     * One contact preference ({@code contact_channel}, {@code contact_days}, {@code
     * contact_times}).
     */
    @Transactional
    public void contact(Long personId, String fact, String value) {
        people.lockById(personId).orElseThrow();
        save(personId, fact, value, clock.instant());
    }

    private void save(Long personId, String name, String value, Instant now) {
        facts.save(new Fact(null, personId, name, value, SOURCE, 1, "settings", "app", now));
    }
}
