package org.whatmatters.backend.followup;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The three-contact follow-up, scheduled from delivery: contact 1 (did it arrive), 2 (how is it going),
 * 3 (feedback and signposting), each at its default offset moved out of quiet hours. The partner's
 * flexibility operations, reminders and the delivery lifecycle arrive with the rest of the follow-up issue.
 */
@Singleton
public class FollowUps {

    private static final List<String> SCRIPTS = List.of("follow-up-1", "follow-up-2", "follow-up-3");

    private final FollowUpContactRepository contacts;
    private final ContactScheduler scheduler;
    private final FollowUpSettings settings;
    private final Clock clock;

    public FollowUps(FollowUpContactRepository contacts, ContactScheduler scheduler, FollowUpSettings settings, Clock clock) {
        this.contacts = contacts;
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    public List<FollowUpContact> scheduleAfterDelivery(Long personId, Instant deliveredAt) {
        ContactTimes times = settings.contactTimes();
        List<Period> offsets = List.of(settings.contact1(), settings.contact2(), settings.contact3());
        List<FollowUpContact> scheduled = new ArrayList<>();
        for (int i = 0; i < SCRIPTS.size(); i++) {
            scheduled.add(schedule(personId, i + 1, SCRIPTS.get(i), times.firstAllowedAt(times.due(deliveredAt, offsets.get(i)))));
        }
        return scheduled;
    }

    /** One contact at a given time (also used for an extra contact, or one brought forward). */
    public FollowUpContact schedule(Long personId, int contactNumber, String script, Instant due) {
        FollowUpContact contact = contacts.save(new FollowUpContact(null, personId, contactNumber, script, due,
                FollowUpContact.Status.SCHEDULED, null, clock.instant()));
        scheduler.schedule(contact.id(), due);
        return contact;
    }
}
