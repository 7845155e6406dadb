package org.whatmatters.backend.coordinator;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.Referrals;

/**
 * Linking a person to their coordinator: a partner matches what the person said to the directory,
 * or enters the coordinator there and links them in one go. Every link is recorded in the
 * referral's history.
 */
@Singleton
public class PersonCoordinators {

    private final FactRepository facts;
    private final Coordinators coordinators;
    private final CoordinatorMatcher matcher;
    private final Referrals referrals;

    PersonCoordinators(
            FactRepository facts,
            Coordinators coordinators,
            CoordinatorMatcher matcher,
            Referrals referrals) {
        this.facts = facts;
        this.coordinators = coordinators;
        this.matcher = matcher;
        this.referrals = referrals;
    }

    public PersonCoordinator show(Referral referral) {
        CoordinatorAsSaid said = CoordinatorAsSaid.from(facts.currentFor(referral.personId()));
        CoordinatorView linked =
                referral.coordinatorId() == null
                        ? null
                        : coordinators
                                .find(referral.coordinatorId())
                                .map(coordinators::view)
                                .orElse(null);
        return new PersonCoordinator(said, linked, matcher.candidates(said));
    }

    @Transactional
    public PersonCoordinator link(Referral referral, Long coordinatorId, String actor) {
        if (coordinatorId == null) {
            throw Invalid.field("coordinatorId", "is required (DELETE unlinks)");
        }
        if (coordinators.find(coordinatorId).isEmpty()) {
            throw Invalid.field(
                    "coordinatorId", "no coordinator " + coordinatorId + " in the directory");
        }
        return show(referrals.assignCoordinator(referral.id(), actor, coordinatorId));
    }

    /**
     * Adds the coordinator the partner entered to the directory and links them, both or neither.
     */
    @Transactional
    PersonCoordinator createAndLink(Referral referral, CoordinatorFields fields, String actor) {
        Coordinator created = coordinators.create(fields, actor);
        return show(referrals.assignCoordinator(referral.id(), actor, created.id()));
    }

    @Transactional
    public PersonCoordinator unlink(Referral referral, String actor) {
        if (referral.coordinatorId() == null) {
            return show(referral);
        }
        return show(referrals.assignCoordinator(referral.id(), actor, null));
    }
}
