package org.whatmatters.backend.referral;

import static org.whatmatters.backend.referral.ReferralStatus.ACCEPTED;
import static org.whatmatters.backend.referral.ReferralStatus.CLOSED;
import static org.whatmatters.backend.referral.ReferralStatus.DECLINED;
import static org.whatmatters.backend.referral.ReferralStatus.DELIVERED;
import static org.whatmatters.backend.referral.ReferralStatus.ITEM_ORDERED;
import static org.whatmatters.backend.referral.ReferralStatus.SELF_REFERRED;
import static org.whatmatters.backend.referral.ReferralStatus.WHAT_MATTERS_DONE;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.ConversationTurns;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.staff.OrganisationRepository;

/**
 * The referral lifecycle. Every change records who, when and why; a change the lifecycle does not
 * allow (an item delivered before it was ordered, a declined referral accepted) is refused with
 * 409. Good news (accepted, ordered, delivered) is texted to the person at once, so nobody waits in
 * silence; a decline is for the named contact to explain in person. Delivery starts the follow-up
 * schedule.
 *
 * <p>Lock order: every change locks the person's row before the referral's ({@link #lock}), the
 * order a message from the person takes (its turn locks the person, then may move the referral on).
 * A partner's accept and the person's reply at the same moment then wait for each other instead of
 * deadlocking.
 */
@Singleton
public class Referrals {

    private static final Logger LOG = LoggerFactory.getLogger(Referrals.class);

    /** The changes a partner may make, and from where. */
    private static final Map<ReferralStatus, Set<ReferralStatus>> ALLOWED_FROM =
            Map.of(
                    ACCEPTED, EnumSet.of(SELF_REFERRED, WHAT_MATTERS_DONE),
                    DECLINED, EnumSet.of(SELF_REFERRED, WHAT_MATTERS_DONE, ACCEPTED),
                    ITEM_ORDERED, EnumSet.of(ACCEPTED),
                    DELIVERED, EnumSet.of(ACCEPTED, ITEM_ORDERED),
                    CLOSED,
                            EnumSet.of(
                                    SELF_REFERRED,
                                    WHAT_MATTERS_DONE,
                                    ACCEPTED,
                                    ITEM_ORDERED,
                                    DELIVERED));

    /** What the person is told when their referral moves on (the STATUS replies). */
    private static final Map<ReferralStatus, String> TOLD =
            Map.of(
                    ACCEPTED, "global.status.accepted",
                    ITEM_ORDERED, "global.status.item-ordered",
                    DELIVERED, "global.status.delivered");

    static final String SERVICE = "service";

    private final ReferralRepository referrals;
    private final PersonRepository people;
    private final ReferralChangeRepository changes;
    private final ReferralRouting routing;
    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher<ReferralDelivered> delivered;
    private final ApplicationEventPublisher<ReferralEnded> ended;
    private final ConversationTurns turns;
    private final PersonEvents events;
    private final Clock clock;

    Referrals(
            ReferralRepository referrals,
            PersonRepository people,
            ReferralChangeRepository changes,
            ReferralRouting routing,
            OrganisationRepository organisations,
            ApplicationEventPublisher<ReferralDelivered> delivered,
            ApplicationEventPublisher<ReferralEnded> ended,
            ConversationTurns turns,
            PersonEvents events,
            Clock clock) {
        this.referrals = referrals;
        this.people = people;
        this.changes = changes;
        this.routing = routing;
        this.organisations = organisations;
        this.delivered = delivered;
        this.ended = ended;
        this.turns = turns;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Referral> current(Long personId) {
        return referrals.findFirstByPersonIdOrderByIdDesc(personId);
    }

    /**
     * The person finished self-referral: their referral starts (once; a referral still open is
     * kept).
     */
    @Transactional
    public void selfReferred(Long personId) {
        Optional<Referral> existing = current(personId);
        if (existing.isPresent() && existing.get().status().open()) {
            return;
        }
        Instant now = clock.instant();
        Referral created =
                referrals.save(
                        Referral.selfReferred(personId, routing.organisationFor(personId), now));
        changes.save(
                new ReferralChange(
                        null,
                        created.id(),
                        null,
                        SELF_REFERRED,
                        SERVICE,
                        now,
                        null,
                        "self-referral completed"));
        events.raise(personId, "REFERRED", PersonEvent.Urgency.ROUTINE, "referral " + created.id());
        LOG.info(
                "referral {} created for person {} ({})",
                created.id(),
                personId,
                created.organisationId() == null
                        ? "awaiting assignment to a partner"
                        : "organisation " + created.organisationId());
    }

    /** The person finished "what matters to me?". */
    @Transactional
    public void whatMattersDone(Long personId) {
        current(personId)
                .filter(referral -> referral.status() == SELF_REFERRED)
                .ifPresent(
                        referral -> {
                            change(
                                    referral,
                                    referral.withStatus(WHAT_MATTERS_DONE, clock.instant()),
                                    SERVICE,
                                    null,
                                    "what matters to me completed");
                            events.raise(
                                    personId,
                                    "WHAT_MATTERS_DONE",
                                    PersonEvent.Urgency.ROUTINE,
                                    "referral " + referral.id());
                        });
    }

    @Transactional
    public Referral accept(
            Long referralId, String actor, @Nullable String namedContact, @Nullable String reason) {
        Referral referral = lockFor(referralId, ACCEPTED);
        Instant now = clock.instant();
        Referral accepted = referral.withStatus(ACCEPTED, now);
        if (namedContact != null && !namedContact.isBlank()) {
            accepted = accepted.withNamedContact(namedContact.strip(), now);
        }
        return change(referral, accepted, actor, null, reason);
    }

    @Transactional
    public Referral decline(
            Long referralId, String actor, DeclineReason code, @Nullable String reason) {
        Referral referral = lockFor(referralId, DECLINED);
        if (code == DeclineReason.OTHER && (reason == null || reason.isBlank())) {
            throw Invalid.field("reason", "say why when the reason is OTHER");
        }
        Referral declined =
                change(
                        referral,
                        referral.declined(code, clock.instant()),
                        actor,
                        code.name(),
                        reason);
        ended.publishEvent(new ReferralEnded(referral.personId(), actor, "referral declined"));
        return declined;
    }

    @Transactional
    public Referral order(Long referralId, String actor, String item, @Nullable String reason) {
        if (item == null || item.isBlank()) {
            throw Invalid.field("item", "say what was ordered");
        }
        Referral referral = lockFor(referralId, ITEM_ORDERED);
        return change(
                referral, referral.ordered(item.strip(), clock.instant()), actor, null, reason);
    }

    /**
     * The item reached the person, or a named member of ward staff signed for it: the follow-ups
     * are scheduled from then.
     */
    @Transactional
    public Referral deliver(
            Long referralId,
            String actor,
            DeliveredTo to,
            @Nullable String signedForBy,
            @Nullable Instant deliveredAt,
            @Nullable String reason) {
        Instant now = clock.instant();
        Instant at = deliveredAt == null ? now : deliveredAt;
        if (at.isAfter(now)) {
            throw Invalid.field(
                    "deliveredAt", "is in the future; record a delivery once it has happened");
        }
        if (to == DeliveredTo.WARD_STAFF && (signedForBy == null || signedForBy.isBlank())) {
            throw Invalid.field("signedForBy", "name the member of staff who signed for it");
        }
        Referral referral = lockFor(referralId, DELIVERED);
        Referral delivered =
                change(
                        referral,
                        referral.delivered(
                                to, signedForBy == null ? null : signedForBy.strip(), at, now),
                        actor,
                        to.name(),
                        reason);
        this.delivered.publishEvent(new ReferralDelivered(delivered, actor));
        return delivered;
    }

    @Transactional
    public Referral close(Long referralId, String actor, @Nullable String reason) {
        Referral referral = lockFor(referralId, CLOSED);
        Referral closed =
                change(referral, referral.withStatus(CLOSED, clock.instant()), actor, null, reason);
        ended.publishEvent(new ReferralEnded(referral.personId(), actor, "referral closed"));
        return closed;
    }

    @Transactional
    public Referral nameContact(Long referralId, String actor, String namedContact) {
        if (namedContact == null || namedContact.isBlank() || namedContact.length() > 200) {
            throw new Invalid(
                    "namedContact is a name of up to 200 characters, e.g. 'Sam at Bradford Mind'");
        }
        Referral referral = lock(referralId);
        Referral named =
                referrals.update(referral.withNamedContact(namedContact.strip(), clock.instant()));
        changes.save(
                new ReferralChange(
                        null,
                        referralId,
                        referral.status(),
                        referral.status(),
                        actor,
                        clock.instant(),
                        "NAMED_CONTACT",
                        null));
        return named;
    }

    /**
     * A partner links the person's referral to a coordinator of the care directory (null: to none),
     * recorded like any change. The caller has checked that the coordinator exists.
     */
    @Transactional
    public Referral assignCoordinator(Long referralId, String actor, @Nullable Long coordinatorId) {
        Referral referral = lock(referralId);
        Referral linked =
                referrals.update(referral.withCoordinator(coordinatorId, clock.instant()));
        changes.save(
                new ReferralChange(
                        null,
                        referralId,
                        referral.status(),
                        referral.status(),
                        actor,
                        clock.instant(),
                        "COORDINATOR",
                        coordinatorId == null
                                ? "coordinator unlinked"
                                : "coordinator " + coordinatorId));
        if (coordinatorId != null && !coordinatorId.equals(referral.coordinatorId())) {
            // for the coordinator this is a new self-referral: they are told of it if the person
            // consented (the alerts decide)
            events.raise(
                    referral.personId(),
                    "REFERRED",
                    PersonEvent.Urgency.ROUTINE,
                    "coordinator linked to referral " + referralId);
        }
        return linked;
    }

    /** An admin gives an unassigned (or wrongly assigned) referral to a delivery partner. */
    @Transactional
    public Referral assign(Long referralId, String actor, Long organisationId) {
        if (!organisations.existsById(organisationId)) {
            throw new Invalid("no organisation " + organisationId);
        }
        Referral referral = lock(referralId);
        Referral assigned =
                referrals.update(referral.withOrganisation(organisationId, clock.instant()));
        changes.save(
                new ReferralChange(
                        null,
                        referralId,
                        referral.status(),
                        referral.status(),
                        actor,
                        clock.instant(),
                        "ASSIGNED",
                        "to organisation " + organisationId));
        return assigned;
    }

    private Referral lockFor(Long referralId, ReferralStatus next) {
        Referral referral = lock(referralId);
        if (!ALLOWED_FROM.get(next).contains(referral.status())) {
            throw new Conflict(
                    "a referral that is "
                            + referral.status()
                            + " cannot become "
                            + next
                            + " (it can from "
                            + ALLOWED_FROM.get(next)
                            + ")");
        }
        return referral;
    }

    /**
     * The person first, then the referral: the one lock order (a referral's person never changes,
     * so reading it unlocked to find whom to lock is safe).
     */
    private Referral lock(Long referralId) {
        Referral unlocked =
                referrals
                        .findById(referralId)
                        .orElseThrow(() -> new NotFound("no referral " + referralId));
        people.lockById(unlocked.personId()).orElseThrow();
        return referrals
                .lockById(referralId)
                .orElseThrow(() -> new NotFound("no referral " + referralId));
    }

    private Referral change(
            Referral before,
            Referral after,
            String actor,
            @Nullable String code,
            @Nullable String reason) {
        Referral saved = referrals.update(after);
        changes.save(
                new ReferralChange(
                        null,
                        saved.id(),
                        before.status(),
                        saved.status(),
                        actor,
                        saved.updatedAt(),
                        code,
                        reason == null || reason.isBlank() ? null : reason.strip()));
        LOG.info("referral {} {} -> {} by {}", saved.id(), before.status(), saved.status(), actor);
        String told = TOLD.get(saved.status());
        if (told != null) {
            turns.tell(saved.personId(), told);
        }
        return saved;
    }
}
