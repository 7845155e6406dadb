package org.whatmatters.backend.followup;

import static org.whatmatters.backend.followup.ContactStatus.OPEN;
import static org.whatmatters.backend.followup.ContactStatus.UPCOMING;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.staff.OrganisationRepository;
import org.whatmatters.backend.time.UkTime;

/**
 * The flexible follow-up after delivery: contact 1 (did it arrive), 2 (how is it going), 3
 * (feedback and signposting), at the organisation's offsets, in the person's preferred days and
 * times and never in quiet hours (Europe/London). A partner may skip a contact, move it or bring it
 * forward, merge feedback and signposting into an earlier one, add one, change its channel, pause
 * and resume, or stop them all. Every change is audited (who, when, what, why) and takes effect in
 * the scheduler in the same transaction.
 */
@Singleton
public class FollowUps {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUps.class);
    static final List<String> SCRIPTS = List.of("follow-up-1", "follow-up-2", "follow-up-3");

    /** Scripts a partner may run as a contact of their own. */
    static final Set<String> CONTACT_SCRIPTS =
            Set.of("follow-up-1", "follow-up-2", "follow-up-3", "signposting");

    private final FollowUpContactRepository contacts;
    private final ContactSchedule scheduler;
    private final FollowUpAudit audit;
    private final FollowUpSettings settings;
    private final FactRepository facts;
    private final ReferralRepository referrals;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final Clock clock;

    FollowUps(
            FollowUpContactRepository contacts,
            ContactSchedule scheduler,
            FollowUpAudit audit,
            FollowUpSettings settings,
            FactRepository facts,
            ReferralRepository referrals,
            OrganisationRepository organisations,
            PersonRepository people,
            Clock clock) {
        this.contacts = contacts;
        this.scheduler = scheduler;
        this.audit = audit;
        this.settings = settings;
        this.facts = facts;
        this.referrals = referrals;
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Delivery starts the schedule: the three contacts at the organisation's offsets, each in an
     * allowed window.
     */
    @Transactional
    public List<FollowUpContact> scheduleAfterDelivery(Referral referral, String actor) {
        String stored =
                referral.organisationId() == null
                        ? null
                        : organisations
                                .findById(referral.organisationId())
                                .map(Organisation::followUpOffsets)
                                .orElse(null);
        List<Period> offsets = ContactOffsets.of(stored, settings.offsets());
        ContactTimes times = timesFor(referral.personId());
        ContactChannel channel = preferredChannel(referral.personId());
        Instant delivered = referral.deliveredAt();
        int first = nextNumber(referral.personId());
        List<FollowUpContact> scheduled = new ArrayList<>();
        for (int i = 0; i < SCRIPTS.size(); i++) {
            Instant due = times.firstAllowedAt(times.due(delivered, offsets.get(i)));
            FollowUpContact contact =
                    contacts.save(
                            FollowUpContact.scheduled(
                                    referral.personId(),
                                    referral.id(),
                                    first + i,
                                    SCRIPTS.get(i),
                                    channel,
                                    due,
                                    clock.instant()));
            scheduler.schedule(TaskRef.of(contact, TaskRef.Step.START), due);
            audit.record(
                    referral.personId(),
                    contact,
                    "SCHEDULED",
                    actor,
                    "due " + due + " by " + channel,
                    "item delivered");
            scheduled.add(contact);
        }
        LOG.info(
                "follow-up contacts {} scheduled for person {}",
                scheduled.stream().map(FollowUpContact::id).toList(),
                referral.personId());
        return scheduled;
    }

    /**
     * An extra contact (a check-in, or signposting whenever the partner chooses), at {@code at} or
     * else at the first allowed time from now, on the person's preferred channel unless {@code
     * channel} says otherwise.
     */
    @Transactional
    public FollowUpContact add(
            Long personId,
            @Nullable Long referralId,
            String script,
            @Nullable ContactChannel channel,
            @Nullable Instant at,
            String actor,
            @Nullable String reason) {
        if (!CONTACT_SCRIPTS.contains(script)) {
            throw new Invalid("script must be one of " + CONTACT_SCRIPTS);
        }
        lockPerson(personId);
        Instant due = at == null ? timesFor(personId).firstAllowedAt(clock.instant()) : allowed(at);
        ContactChannel how = channel == null ? preferredChannel(personId) : channel;
        FollowUpContact contact =
                FollowUpContact.scheduled(
                        personId,
                        referralId,
                        nextNumber(personId),
                        script,
                        how,
                        due,
                        clock.instant());
        boolean paused =
                referralId != null
                        && referrals
                                .findById(referralId)
                                .map(r -> r.followUpsPausedAt() != null)
                                .orElse(false);
        contact = contacts.save(paused ? contact.due(due, ContactStatus.PAUSED) : contact);
        if (!paused) {
            scheduler.schedule(TaskRef.of(contact, TaskRef.Step.START), due);
        }
        audit.record(
                personId,
                contact,
                "ADDED",
                actor,
                script + " due " + due + " by " + how + (paused ? " (paused)" : ""),
                reason);
        return contact;
    }

    @Transactional
    public FollowUpContact skip(
            Long personId, Long contactId, String actor, @Nullable String reason) {
        FollowUpContact contact = upcoming(personId, contactId, "skip");
        FollowUpContact skipped =
                contacts.update(contact.finished(ContactStatus.SKIPPED, clock.instant()));
        audit.record(personId, contact, "SKIPPED", actor, contact.status() + " -> SKIPPED", reason);
        return skipped;
    }

    /**
     * To a date and time the partner chose: any time outside quiet hours, even outside the person's
     * usual window.
     */
    @Transactional
    public FollowUpContact move(
            Long personId, Long contactId, Instant at, String actor, @Nullable String reason) {
        return reschedule(
                upcoming(personId, contactId, "move"), allowed(at), "MOVED", actor, reason);
    }

    /** To the first time from now that suits the person and is outside quiet hours. */
    @Transactional
    public FollowUpContact bringForward(
            Long personId, Long contactId, String actor, @Nullable String reason) {
        FollowUpContact contact = upcoming(personId, contactId, "bring forward");
        return reschedule(
                contact,
                timesFor(personId).firstAllowedAt(clock.instant()),
                "BROUGHT_FORWARD",
                actor,
                reason);
    }

    /**
     * Feedback and signposting (contact 3) asked at the end of an earlier contact instead: that
     * contact runs contact 3's script after its own, and contact 3 itself is merged away.
     */
    @Transactional
    public FollowUpContact mergeFeedback(
            Long personId, Long contactId, String actor, @Nullable String reason) {
        FollowUpContact into = upcoming(personId, contactId, "merge feedback into");
        if (into.script().equals(FollowUpContact.FEEDBACK_SCRIPT)
                || into.script().equals("signposting")) {
            throw new Conflict(
                    "contact "
                            + into.contactNumber()
                            + " already asks for feedback; merge into an earlier one");
        }
        FollowUpContact feedback =
                contacts.findByPersonIdAndStatusInOrderByContactNumber(personId, UPCOMING).stream()
                        .filter(contact -> contact.script().equals(FollowUpContact.FEEDBACK_SCRIPT))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new Conflict(
                                                "there is no feedback contact still to come to merge"));
        contacts.update(feedback.finished(ContactStatus.MERGED, clock.instant()));
        audit.record(
                personId,
                feedback,
                "MERGED",
                actor,
                "feedback and signposting moved into contact " + into.contactNumber(),
                reason);
        FollowUpContact merged = contacts.update(into.withFeedback());
        audit.record(
                personId,
                into,
                "FEEDBACK_MERGED_IN",
                actor,
                "now also asks contact " + feedback.contactNumber() + "'s feedback",
                reason);
        return merged;
    }

    /**
     * The channel of one contact, or of every contact still to come when {@code contactId} is null.
     */
    @Transactional
    public List<FollowUpContact> changeChannel(
            Long personId,
            @Nullable Long contactId,
            ContactChannel channel,
            String actor,
            @Nullable String reason) {
        lockPerson(personId);
        List<FollowUpContact> changing =
                contactId == null
                        ? contacts.findByPersonIdAndStatusInOrderByContactNumber(
                                personId,
                                Set.of(
                                        ContactStatus.SCHEDULED,
                                        ContactStatus.PAUSED,
                                        ContactStatus.TASK))
                        : List.of(changeable(personId, contactId));
        List<FollowUpContact> changed = new ArrayList<>();
        for (FollowUpContact contact : changing) {
            FollowUpContact updated = contact.withChannel(channel);
            if (contact.status() == ContactStatus.TASK && channel.byText()) {
                // a call nobody made yet goes out by text now instead, at the next allowed time
                Instant due = timesFor(personId).firstAllowedAt(clock.instant());
                updated = updated.due(due, ContactStatus.SCHEDULED);
            }
            updated = contacts.update(updated);
            if (updated.status() == ContactStatus.SCHEDULED) {
                scheduler.schedule(TaskRef.of(updated, TaskRef.Step.START), updated.dueAt());
            }
            audit.record(
                    personId,
                    contact,
                    "CHANNEL_CHANGED",
                    actor,
                    contact.channel() + " -> " + channel,
                    reason);
            changed.add(updated);
        }
        return changed;
    }

    /** Holds every contact still to come; nothing is sent until {@link #resume}. */
    @Transactional
    public List<FollowUpContact> pause(
            Long personId, Long referralId, String actor, @Nullable String reason) {
        lockPerson(personId);
        Referral referral = referrals.findById(referralId).orElseThrow();
        if (referral.followUpsPausedAt() != null) {
            throw new Conflict("follow-ups are already paused");
        }
        referrals.update(referral.withFollowUpsPaused(clock.instant(), clock.instant()));
        List<FollowUpContact> paused = new ArrayList<>();
        for (FollowUpContact contact :
                contacts.findByPersonIdAndStatusInOrderByContactNumber(
                        personId, Set.of(ContactStatus.SCHEDULED))) {
            paused.add(contacts.update(contact.withStatus(ContactStatus.PAUSED)));
            audit.record(personId, contact, "PAUSED", actor, "was due " + contact.dueAt(), reason);
        }
        audit.record(
                personId, null, "PAUSED_ALL", actor, paused.size() + " contact(s) held", reason);
        return paused;
    }

    /**
     * Lets paused contacts run again: at their own time, or at the first allowed time from now if
     * that has passed.
     */
    @Transactional
    public List<FollowUpContact> resume(
            Long personId, Long referralId, String actor, @Nullable String reason) {
        lockPerson(personId);
        Referral referral = referrals.findById(referralId).orElseThrow();
        if (referral.followUpsPausedAt() == null) {
            throw new Conflict("follow-ups are not paused");
        }
        referrals.update(referral.withFollowUpsPaused(null, clock.instant()));
        Instant now = clock.instant();
        ContactTimes times = timesFor(personId);
        List<FollowUpContact> resumed = new ArrayList<>();
        for (FollowUpContact contact :
                contacts.findByPersonIdAndStatusInOrderByContactNumber(
                        personId, Set.of(ContactStatus.PAUSED))) {
            Instant due =
                    contact.dueAt().isAfter(now) ? contact.dueAt() : times.firstAllowedAt(now);
            FollowUpContact updated = contacts.update(contact.due(due, ContactStatus.SCHEDULED));
            scheduler.schedule(TaskRef.of(updated, TaskRef.Step.START), due);
            audit.record(personId, contact, "RESUMED", actor, "due " + due, reason);
            resumed.add(updated);
        }
        audit.record(
                personId,
                null,
                "RESUMED_ALL",
                actor,
                resumed.size() + " contact(s) running again",
                reason);
        return resumed;
    }

    /**
     * Stops every contact not yet finished (the person declined further contact, or the referral
     * ended).
     */
    @Transactional
    public List<FollowUpContact> stopAll(Long personId, String actor, @Nullable String reason) {
        lockPerson(personId);
        Instant now = clock.instant();
        List<FollowUpContact> stopped = new ArrayList<>();
        for (FollowUpContact contact :
                contacts.findByPersonIdAndStatusInOrderByContactNumber(personId, OPEN)) {
            stopped.add(contacts.update(contact.finished(ContactStatus.CANCELLED, now)));
            audit.record(
                    personId,
                    contact,
                    "STOPPED",
                    actor,
                    contact.status() + " -> CANCELLED",
                    reason);
        }
        if (!stopped.isEmpty()) {
            LOG.info(
                    "follow-up contacts of person {} stopped by {}: {}",
                    personId,
                    actor,
                    stopped.size());
        }
        return stopped;
    }

    /** The contacts of a person, in order. */
    public List<FollowUpContact> of(Long personId) {
        return contacts.findByPersonIdOrderByContactNumber(personId);
    }

    /**
     * The person said LATER / NOT NOW during a contact: it comes round again in the next allowed
     * window tomorrow.
     */
    @Transactional
    public void postpone(Long personId) {
        Instant now = clock.instant();
        for (FollowUpContact contact : running(personId)) {
            Instant due = timesFor(personId).nextWindowTomorrow(now);
            FollowUpContact postponed = contacts.update(contact.due(due, ContactStatus.POSTPONED));
            scheduler.schedule(TaskRef.of(postponed, TaskRef.Step.RESUME), due);
            audit.record(
                    personId,
                    contact,
                    "POSTPONED",
                    FollowUpAudit.PERSON,
                    "LATER: asked again " + due,
                    null);
        }
    }

    /**
     * The person answered: the reminder and the "unreachable" check of a running contact are off.
     */
    @Transactional
    public void replied(Long personId) {
        for (FollowUpContact contact : running(personId)) {
            if (contact.status() != ContactStatus.REPLIED) {
                contacts.update(contact.replied(clock.instant()));
            }
        }
    }

    /** The conversation of a running contact is over: it is complete. */
    @Transactional
    public void completed(FollowUpContact contact) {
        contacts.update(contact.finished(ContactStatus.COMPLETED, clock.instant()));
        audit.record(
                contact.personId(),
                contact,
                "COMPLETED",
                FollowUpAudit.PERSON,
                contact.status() + " -> COMPLETED",
                null);
    }

    List<FollowUpContact> running(Long personId) {
        return contacts.findByPersonIdAndStatusInOrderByContactNumber(
                personId, ContactStatus.RUNNING);
    }

    /**
     * The times that suit this person: quiet hours, and the days and times they chose (where they
     * chose any).
     */
    ContactTimes timesFor(Long personId) {
        return timesFor(facts.currentFor(personId));
    }

    /** As {@link #timesFor(Long)}, from facts already read. */
    ContactTimes timesFor(Map<String, String> known) {
        ContactTimes quiet = settings.contactTimes();
        ContactTimes preferred = PreferredTimes.apply(quiet, known);
        try {
            preferred.firstAllowedAt(clock.instant());
            return preferred;
        } catch (IllegalStateException never) {
            return quiet; // their window and the quiet hours never meet (a deployment's quiet hours
            // cover it): quiet hours only
        }
    }

    ContactChannel preferredChannel(Long personId) {
        return ContactChannel.fromPreference(facts.currentFor(personId).get("contact_channel"));
    }

    private FollowUpContact reschedule(
            FollowUpContact contact,
            Instant due,
            String action,
            String actor,
            @Nullable String reason) {
        ContactStatus status =
                contact.status() == ContactStatus.PAUSED
                        ? ContactStatus.PAUSED
                        : ContactStatus.SCHEDULED;
        FollowUpContact moved = contacts.update(contact.due(due, status));
        if (status == ContactStatus.SCHEDULED) {
            scheduler.schedule(TaskRef.of(moved, TaskRef.Step.START), due);
        }
        audit.record(
                contact.personId(), contact, action, actor, contact.dueAt() + " -> " + due, reason);
        return moved;
    }

    /**
     * A time a partner chose: in the future and outside quiet hours, or a clear 400 naming the next
     * allowed time.
     */
    private Instant allowed(Instant at) {
        Instant now = clock.instant();
        if (at.isBefore(now)) {
            throw Invalid.field(
                    "at",
                    UkTime.readable(at)
                            + " has passed; to contact them as soon as possible, bring the contact forward");
        }
        Instant first = settings.contactTimes().firstAllowedAt(at);
        if (!first.equals(at)) {
            throw Invalid.field(
                    "at",
                    UkTime.readable(at)
                            + " is within quiet hours ("
                            + settings.quietFrom()
                            + "-"
                            + settings.quietUntil()
                            + " UK time); the next allowed time is "
                            + UkTime.readable(first));
        }
        return at;
    }

    private FollowUpContact upcoming(Long personId, Long contactId, String what) {
        FollowUpContact contact = find(personId, contactId);
        if (!UPCOMING.contains(contact.status())) {
            throw new Conflict(
                    "cannot "
                            + what
                            + " contact "
                            + contact.contactNumber()
                            + ": it is "
                            + contact.status()
                            + ", not still to come");
        }
        return contact;
    }

    private FollowUpContact changeable(Long personId, Long contactId) {
        FollowUpContact contact = find(personId, contactId);
        if (!UPCOMING.contains(contact.status()) && contact.status() != ContactStatus.TASK) {
            throw new Conflict(
                    "contact "
                            + contact.contactNumber()
                            + " is "
                            + contact.status()
                            + "; only a contact still to come changes channel");
        }
        return contact;
    }

    FollowUpContact find(Long personId, Long contactId) {
        lockPerson(personId);
        return contacts.lockById(contactId)
                .filter(contact -> contact.personId().equals(personId))
                .orElseThrow(
                        () ->
                                new NotFound(
                                        "no follow-up contact " + contactId + " for this person"));
    }

    /**
     * The one lock order: the person, then their referral and contacts (as a message's turn and a
     * contact's task take them). Taken again in a transaction that holds it already, it changes
     * nothing.
     */
    private void lockPerson(Long personId) {
        people.lockById(personId).orElseThrow(() -> new NotFound("no person " + personId));
    }

    private int nextNumber(Long personId) {
        return contacts.findByPersonIdOrderByContactNumber(personId).stream()
                        .mapToInt(FollowUpContact::contactNumber)
                        .max()
                        .orElse(0)
                + 1;
    }
}
