package org.whatmatters.backend.followup;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.ConversationTurns;
import org.whatmatters.backend.person.PersonRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * Starts one due contact: its script begins on the person's conversation. The conditional status update is a
 * second guard beside db-scheduler's claim, so a contact is started once even if its task ran twice. Someone
 * who opted out (STOP) is not contacted: the contact is cancelled.
 */
@Singleton
class ContactStarter {

    private static final Logger LOG = LoggerFactory.getLogger(ContactStarter.class);

    private final FollowUpContactRepository contacts;
    private final PersonRepository people;
    private final ConversationTurns turns;
    private final Clock clock;

    ContactStarter(FollowUpContactRepository contacts, PersonRepository people, ConversationTurns turns, Clock clock) {
        this.contacts = contacts;
        this.people = people;
        this.turns = turns;
        this.clock = clock;
    }

    @Transactional
    void start(Long contactId) {
        FollowUpContact contact = contacts.findById(contactId).orElse(null);
        if (contact == null) {
            return;
        }
        Instant now = clock.instant();
        boolean optedOut = people.findById(contact.personId()).map(person -> person.optedOutAt() != null).orElse(true);
        FollowUpContact.Status next = optedOut ? FollowUpContact.Status.CANCELLED : FollowUpContact.Status.STARTED;
        if (contacts.finishScheduling(contactId, next, now) == 0) {
            return; // started (or cancelled) already
        }
        if (optedOut) {
            LOG.info("follow-up contact {} cancelled: person {} has opted out", contactId, contact.personId());
            return;
        }
        turns.begin(contact.personId(), contact.script());
        LOG.info("follow-up contact {} ({}) started for person {}", contactId, contact.script(), contact.personId());
    }
}
