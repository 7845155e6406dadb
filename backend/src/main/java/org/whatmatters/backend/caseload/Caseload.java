package org.whatmatters.backend.caseload;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.whatmatters.backend.followup.ContactStatus;
import org.whatmatters.backend.followup.ContactTimes;
import org.whatmatters.backend.followup.ContactView;
import org.whatmatters.backend.followup.FollowUpContact;
import org.whatmatters.backend.followup.FollowUpContactRepository;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;

/**
 * Builds an organisation's caseload in a handful of queries (referrals, their contacts, their open
 * alerts), not one per person.
 */
@Singleton
public class Caseload {

    /** Contacts still ahead or waiting for someone to act. */
    private static final Set<ContactStatus> PENDING =
            EnumSet.of(
                    ContactStatus.SCHEDULED,
                    ContactStatus.PAUSED,
                    ContactStatus.TASK,
                    ContactStatus.STARTED,
                    ContactStatus.REMINDED,
                    ContactStatus.REPLIED,
                    ContactStatus.POSTPONED,
                    ContactStatus.CONFIRMING);

    /**
     * A scheduled contact this long past its time was not started: something is holding it (or it
     * is paused).
     */
    private static final Duration LATE = Duration.ofMinutes(15);

    private final ReferralRepository referrals;
    private final FollowUpContactRepository contacts;
    private final PersonEventRepository events;
    private final FactRepository facts;
    private final Clock clock;

    Caseload(
            ReferralRepository referrals,
            FollowUpContactRepository contacts,
            PersonEventRepository events,
            FactRepository facts,
            Clock clock) {
        this.referrals = referrals;
        this.contacts = contacts;
        this.events = events;
        this.facts = facts;
        this.clock = clock;
    }

    /** The organisation's people that pass the filter, newest referral first. */
    public List<CaseloadEntry> of(Long organisationId, CaseloadFilter filter) {
        return of(organisationId).stream().filter(filter::matches).toList();
    }

    List<CaseloadEntry> of(Long organisationId) {
        if (organisationId == null) {
            return List.of();
        }
        List<Referral> theirs = referrals.findByOrganisationIdOrderByIdDesc(organisationId);
        if (theirs.isEmpty()) {
            return List.of();
        }
        Set<Long> people = theirs.stream().map(Referral::personId).collect(Collectors.toSet());
        Map<Long, List<FollowUpContact>> contactsOf =
                contacts.findByPersonIdInOrderByDueAt(people).stream()
                        .collect(Collectors.groupingBy(FollowUpContact::personId));
        Set<Long> inCrisis =
                events
                        .findByPersonIdInAndKindInAndHandledAtIsNull(people, List.of("CRISIS"))
                        .stream()
                        .map(PersonEvent::personId)
                        .collect(Collectors.toSet());
        Map<Long, String> names = new java.util.HashMap<>();
        facts.findByPersonIdInAndNameOrderById(people, "preferred_name")
                .forEach(fact -> names.put(fact.personId(), fact.content()));
        Instant now = clock.instant();
        LocalDate today = now.atZone(ContactTimes.LONDON).toLocalDate();
        List<CaseloadEntry> entries = new ArrayList<>();
        for (Referral referral : theirs) {
            List<FollowUpContact> own = contactsOf.getOrDefault(referral.personId(), List.of());
            FollowUpContact next =
                    own.stream()
                            .filter(contact -> PENDING.contains(contact.status()))
                            .findFirst()
                            .orElse(null);
            boolean dueToday =
                    own.stream()
                            .anyMatch(
                                    contact ->
                                            PENDING.contains(contact.status())
                                                    && contact.dueAt()
                                                            .atZone(ContactTimes.LONDON)
                                                            .toLocalDate()
                                                            .equals(today));
            boolean overdue =
                    own.stream()
                            .anyMatch(
                                    contact ->
                                            (contact.status() == ContactStatus.TASK
                                                            && contact.dueAt().isBefore(now))
                                                    || (contact.status() == ContactStatus.SCHEDULED
                                                            && contact.dueAt()
                                                                    .plus(LATE)
                                                                    .isBefore(now)));
            boolean unreachable =
                    own.stream().anyMatch(contact -> contact.status() == ContactStatus.UNREACHABLE);
            boolean task = own.stream().anyMatch(contact -> contact.status() == ContactStatus.TASK);
            entries.add(
                    new CaseloadEntry(
                            referral.personId(),
                            referral.id(),
                            names.get(referral.personId()),
                            referral.status(),
                            referral.createdAt(),
                            next == null ? null : ContactView.of(next),
                            inCrisis.contains(referral.personId()),
                            unreachable,
                            dueToday,
                            overdue,
                            task));
        }
        return entries;
    }
}
