package org.whatmatters.backend.followup;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.ConversationTurns;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.schedule.DueWork;

/**
 * What a due task does, in one transaction: start a contact (its script by text, or a task for the
 * partner when the person prefers a call or a visit), bring back a postponed one, send the one
 * gentle reminder, or tell the partner a person could not be reached. The person is locked before
 * the contact, in the same order as an incoming message, and a task whose contact has changed since
 * (another version) does nothing.
 */
@Singleton
class FollowUpTasks implements DueWork {

    static final String KIND = "follow-up";

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpTasks.class);
    static final String REMINDER = "global.reminder";
    static final String RESUMED = "global.resume-contact";

    private final FollowUpContactRepository contacts;
    private final PersonRepository people;
    private final ConversationTurns turns;
    private final ContactSchedule scheduler;
    private final FollowUps followUps;
    private final FollowUpAudit audit;
    private final PersonEvents events;
    private final FollowUpSettings settings;
    private final Clock clock;
    private final NumberStillTheirs numbers;
    private final NumberCheck numberCheck;
    private final IdentityCheckSettings identity;

    FollowUpTasks(
            FollowUpContactRepository contacts,
            PersonRepository people,
            ConversationTurns turns,
            ContactSchedule scheduler,
            FollowUps followUps,
            FollowUpAudit audit,
            PersonEvents events,
            FollowUpSettings settings,
            Clock clock,
            NumberStillTheirs numbers,
            NumberCheck numberCheck,
            IdentityCheckSettings identity) {
        this.contacts = contacts;
        this.people = people;
        this.turns = turns;
        this.scheduler = scheduler;
        this.followUps = followUps;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.numbers = numbers;
        this.numberCheck = numberCheck;
        this.identity = identity;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional
    public void run(String data) {
        TaskRef task = TaskRef.parse(data);
        Long personId =
                task.personId() != null
                        ? task.personId()
                        : contacts.findById(task.contactId())
                                .map(FollowUpContact::personId)
                                .orElse(null);
        if (personId == null) {
            return;
        }
        Optional<Person> locked = people.lockById(personId);
        Optional<FollowUpContact> lockedContact = contacts.lockById(task.contactId());
        if (locked.isEmpty() || lockedContact.isEmpty()) {
            return; // erased since the task was written
        }
        Person person = locked.get();
        FollowUpContact contact = lockedContact.get();
        if (!personId.equals(contact.personId())) {
            throw new IllegalStateException(
                    "follow-up task " + task.instanceId() + " names another person");
        }
        if (contact.scheduleVersion() != task.version()) {
            LOG.debug(
                    "follow-up task {} is stale (contact is at version {})",
                    task.instanceId(),
                    contact.scheduleVersion());
            return;
        }
        switch (task.step()) {
            case START -> start(person, contact);
            case RESUME -> resume(person, contact);
            case REMIND -> remind(person, contact);
            case UNREACHABLE -> unreachable(contact);
            case NUMBER_UNANSWERED -> numberCheck.unanswered(contact, identity);
        }
    }

    private void start(Person person, FollowUpContact contact) {
        if (contact.status() != ContactStatus.SCHEDULED || cancelledFor(person, contact)) {
            return;
        }
        if (!contact.channel().byText()) {
            contacts.update(contact.withStatus(ContactStatus.TASK));
            audit.record(
                    person.id(),
                    contact,
                    "TASK_DUE",
                    FollowUpAudit.SERVICE,
                    contact.channel() + ": in the partner's caseload",
                    null);
            LOG.info(
                    "follow-up contact {} is a {} task for the partner",
                    contact.id(),
                    contact.channel());
            return;
        }
        NumberStillTheirs.Verdict number = numbers.of(person.id(), person.createdAt());
        if (number == NumberStillTheirs.Verdict.ASK && numberCheck.canAsk(person.id())) {
            // the number may be someone else's now (H2): first only the neutral question, nothing
            // personal
            turns.tell(person.id(), NumberCheck.QUESTION);
            numberCheck.asked(person.id(), contact, identity);
            return;
        }
        if (number != NumberStillTheirs.Verdict.THEIRS) {
            // no name to ask for, or a check already failed: nothing is texted until the partner
            // has confirmed who has it
            contacts.update(contact.withStatus(ContactStatus.TASK));
            audit.record(
                    person.id(),
                    contact,
                    "TASK_DUE",
                    FollowUpAudit.SERVICE,
                    number == NumberStillTheirs.Verdict.HELD
                            ? "number not confirmed (a check failed; held until a partner confirms it): confirm who has it before texting"
                            : "number not confirmed (long silence, or reported out of service): confirm who has it before texting",
                    null);
            LOG.info(
                    "follow-up contact {} is a task for the partner: the number must be confirmed first",
                    contact.id());
            return;
        }
        FollowUpContact started = contacts.update(contact.started(clock.instant()));
        Optional<Map<String, String>> begun = turns.begin(person, contact.script());
        if (begun.isEmpty()) {
            contacts.update(started.finished(ContactStatus.CANCELLED, clock.instant()));
            audit.record(
                    person.id(),
                    contact,
                    "CANCELLED",
                    FollowUpAudit.SERVICE,
                    "nothing could be sent",
                    null);
            return;
        }
        audit.record(
                person.id(),
                contact,
                "STARTED",
                FollowUpAudit.SERVICE,
                contact.script() + " by " + contact.channel(),
                null);
        // the times they chose are among the facts the first message was made with
        remindLater(followUps.timesFor(begun.get()), started);
        LOG.info(
                "follow-up contact {} ({}) started for person {}",
                contact.id(),
                contact.script(),
                person.id());
    }

    private void resume(Person person, FollowUpContact contact) {
        if (contact.status() != ContactStatus.POSTPONED || cancelledFor(person, contact)) {
            return;
        }
        FollowUpContact started = contacts.update(contact.started(clock.instant()));
        if (!turns.nudge(person.id(), RESUMED)) {
            contacts.update(started.finished(ContactStatus.COMPLETED, clock.instant()));
            audit.record(
                    person.id(),
                    contact,
                    "COMPLETED",
                    FollowUpAudit.SERVICE,
                    "no question left open after LATER",
                    null);
            return;
        }
        audit.record(
                person.id(),
                contact,
                "RESUMED",
                FollowUpAudit.SERVICE,
                "asked again after LATER",
                null);
        remindLater(followUps.timesFor(person.id()), started);
    }

    private void remind(Person person, FollowUpContact contact) {
        if (contact.status() != ContactStatus.STARTED || cancelledFor(person, contact)) {
            return;
        }
        if (!turns.nudge(person.id(), REMINDER)) {
            return; // nothing open to remind them of: their conversation moved on without a reply
            // to this contact
        }
        FollowUpContact reminded = contacts.update(contact.reminded(clock.instant()));
        audit.record(
                person.id(),
                contact,
                "REMINDED",
                FollowUpAudit.SERVICE,
                "no reply after " + settings.reminderAfter(),
                null);
        Instant check = clock.instant().plus(settings.unreachableAfter());
        scheduler.schedule(TaskRef.of(reminded, TaskRef.Step.UNREACHABLE), check);
    }

    private void unreachable(FollowUpContact contact) {
        if (contact.status() != ContactStatus.REMINDED) {
            return;
        }
        contacts.update(contact.finished(ContactStatus.UNREACHABLE, clock.instant()));
        audit.record(
                contact.personId(),
                contact,
                "UNREACHABLE",
                FollowUpAudit.SERVICE,
                "no reply " + settings.unreachableAfter() + " after the reminder",
                null);
        events.raise(
                contact.personId(),
                "UNREACHABLE",
                PersonEvent.Urgency.ROUTINE,
                "follow-up contact " + contact.contactNumber());
        LOG.info(
                "follow-up contact {}: person {} could not be reached; the partner is told",
                contact.id(),
                contact.personId());
    }

    /**
     * Someone who said STOP or NO MORE since the contact was scheduled is not contacted: it is
     * cancelled.
     */
    private boolean cancelledFor(Person person, FollowUpContact contact) {
        if (person.acceptsFollowUps()) {
            return false;
        }
        contacts.update(contact.finished(ContactStatus.CANCELLED, clock.instant()));
        audit.record(
                person.id(),
                contact,
                "CANCELLED",
                FollowUpAudit.SERVICE,
                person.optedOutAt() != null
                        ? "the person opted out (STOP)"
                        : "the person declined follow-ups (NO MORE)",
                null);
        return true;
    }

    private void remindLater(ContactTimes times, FollowUpContact started) {
        Instant at = times.firstAllowedAt(clock.instant().plus(settings.reminderAfter()));
        scheduler.schedule(TaskRef.of(started, TaskRef.Step.REMIND), at);
    }
}
