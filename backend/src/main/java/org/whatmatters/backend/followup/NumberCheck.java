package org.whatmatters.backend.followup;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.AwaitedReply;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.Safety;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.conversation.words.Lexicon;

/**
 * Asking whether a number is still the person's before a follow-up is texted (hazard H2). When a
 * contact falls due and {@link NumberStillTheirs} says the number may have changed hands, the
 * person gets one neutral question (no name, nothing about their care) asking for the first name
 * they gave; the contact waits as CONFIRMING.
 *
 * <ul>
 *   <li>Their reply is the name ({@link GivenName}): the number is confirmed (recorded; the silence
 *       starts again) and the contact starts at once.
 *   <li>Anything else (another name, WRONG NUMBER, a crisis message — whose support the safety
 *       check has already sent), or no reply within FOLLOWUP_IDENTITY_REPLY_WITHIN: nothing
 *       personal is sent; the contact becomes a task for the partner, the person's record gets a
 *       NUMBER_UNCONFIRMED event, and later contacts are held as tasks too until a partner confirms
 *       the number.
 *   <li>STOP and START go to the conversation as anywhere else (STOP ends the contacts).
 *   <li>While the number is held (a check failed, no partner has confirmed it since), its other
 *       messages are taken too and answered with nothing: the conversation could otherwise say what
 *       the person was talking about.
 * </ul>
 */
@Singleton
class NumberCheck implements AwaitedReply {

    static final String QUESTION = "global.number-check.ask";
    static final String THANKS = "global.number-check.thanks";

    /** The name a person gave in the self-referral ("What would you like us to call you?"). */
    static final String NAME_FACT = "preferred_name";

    private static final Logger LOG = LoggerFactory.getLogger(NumberCheck.class);

    private final FollowUpContactRepository contacts;
    private final FactRepository facts;
    private final FollowUpAudit audit;
    private final ContactSchedule scheduler;
    private final PersonEvents events;
    private final NumberStillTheirs numbers;
    private final Clock clock;

    NumberCheck(
            FollowUpContactRepository contacts,
            FactRepository facts,
            FollowUpAudit audit,
            ContactSchedule scheduler,
            PersonEvents events,
            NumberStillTheirs numbers,
            Clock clock) {
        this.contacts = contacts;
        this.facts = facts;
        this.audit = audit;
        this.scheduler = scheduler;
        this.events = events;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Whether the person can be asked: only if we know the name they gave. */
    boolean canAsk(Long personId) {
        String name = facts.currentFor(personId).get(NAME_FACT);
        return name != null && !name.isBlank();
    }

    /**
     * The due contact waits for the answer to the question (already queued by the caller); the
     * partner hears if none comes.
     */
    void asked(Long personId, FollowUpContact contact, IdentityCheckSettings settings) {
        FollowUpContact waiting = contacts.update(contact.withStatus(ContactStatus.CONFIRMING));
        audit.record(
                personId,
                waiting,
                NumberStillTheirs.ASKED,
                FollowUpAudit.SERVICE,
                "number may have changed hands: asked for the name they gave before anything else",
                null);
        scheduler.schedule(
                TaskRef.of(waiting, TaskRef.Step.NUMBER_UNANSWERED),
                clock.instant().plus(settings.replyWithin()));
        LOG.info(
                "follow-up contact {}: asked first whether the number is still the person's",
                contact.id());
    }

    @Override
    public Optional<Taken> take(Person person, InboundMessage message) {
        NumberStillTheirs.Pending pending = numbers.pending(person.id());
        if (!pending.asked() && !pending.held()) {
            return Optional.empty(); // the common case, in one statement
        }
        List<FollowUpContact> waiting =
                pending.asked()
                        ? contacts.findByPersonIdAndStatusInOrderByContactNumber(
                                person.id(), EnumSet.of(ContactStatus.CONFIRMING))
                        : List.of();
        boolean held = waiting.isEmpty() && pending.held();
        if (waiting.isEmpty() && !held) {
            return Optional.empty();
        }
        Map<String, String> known = facts.currentFor(person.id());
        Lexicon words = Lexicon.forLanguage(known.getOrDefault("language", "en"));
        String body = message.body() == null ? "" : message.body();
        if (words.is(Lexicon.Kind.OPT_OUT, body) || words.is(Lexicon.Kind.OPT_IN, body)) {
            return Optional
                    .empty(); // STOP works here as anywhere: the conversation opts them out and the
            // contacts end
        }
        if (held) {
            // a check failed and no partner has confirmed the number since: whoever has it now gets
            // no reply from the
            // conversation (which could say what they were talking about); crisis support has
            // already gone out
            return Optional.of(new Taken(null));
        }
        Instant now = clock.instant();
        if (GivenName.matches(known.get(NAME_FACT), body)) {
            for (FollowUpContact contact : waiting) {
                audit.record(
                        person.id(),
                        contact,
                        NumberStillTheirs.CONFIRMED,
                        FollowUpAudit.PERSON,
                        "replied with the name they gave",
                        null);
                FollowUpContact due = contacts.update(contact.due(now, ContactStatus.SCHEDULED));
                scheduler.schedule(TaskRef.of(due, TaskRef.Step.START), now);
            }
            LOG.info("person {} confirmed their number; their follow-up goes ahead", person.id());
            return Optional.of(new Taken(null));
        }
        for (FollowUpContact contact : waiting) {
            unconfirmed(
                    person.id(),
                    contact,
                    FollowUpAudit.PERSON,
                    "the reply was not the name they gave");
        }
        // a crisis or concern already had its reply from the safety check: nothing more goes to
        // this number
        return Optional.of(
                new Taken(
                        message.safety() == null || message.safety() == Safety.NONE
                                ? THANKS
                                : null));
    }

    /** No reply in time (a due task). */
    void unanswered(FollowUpContact contact, IdentityCheckSettings settings) {
        if (contact.status() != ContactStatus.CONFIRMING) {
            return;
        }
        unconfirmed(
                contact.personId(),
                contact,
                FollowUpAudit.SERVICE,
                "no reply within " + settings.replyWithin());
    }

    private void unconfirmed(Long personId, FollowUpContact contact, String by, String why) {
        audit.record(personId, contact, NumberStillTheirs.UNCONFIRMED, by, why, null);
        FollowUpContact task = contacts.update(contact.withStatus(ContactStatus.TASK));
        audit.record(
                personId,
                task,
                "TASK_DUE",
                FollowUpAudit.SERVICE,
                "number not confirmed (" + why + "): confirm who has it before texting",
                null);
        events.raise(
                personId,
                NumberStillTheirs.UNCONFIRMED,
                PersonEvent.Urgency.ROUTINE,
                "follow-up contact " + contact.contactNumber());
        LOG.info(
                "follow-up contact {} is a task for the partner: the number was not confirmed",
                contact.id());
    }

    /** A partner confirmed who has the number (by phone, in person): texts go to it again. */
    void confirmedByPartner(Long personId, String actor, String reason) {
        audit.record(
                personId,
                null,
                NumberStillTheirs.CONFIRMED,
                actor,
                "the partner confirmed the number is the person's",
                reason);
    }
}
