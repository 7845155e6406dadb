package org.whatmatters.backend.coordinator;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;

/**
 * Who to tell about a person, for code outside the directory (notifications, escalation): the
 * coordinator a partner linked to the person's current referral, that coordinator's team, and the
 * team whose duty worker is alerted about a crisis. Reads only; keeping the directory is {@link
 * CareTeams} and {@link Coordinators}.
 */
@Singleton
public class CareDirectory {

    private final ReferralRepository referrals;
    private final CoordinatorRepository coordinators;
    private final CareTeamRepository teams;

    CareDirectory(
            ReferralRepository referrals,
            CoordinatorRepository coordinators,
            CareTeamRepository teams) {
        this.referrals = referrals;
        this.coordinators = coordinators;
        this.teams = teams;
    }

    /**
     * The person's coordinator, as linked to their current (newest) referral; empty until a partner
     * links one.
     */
    public Optional<Coordinator> coordinatorOf(Long personId) {
        return referrals
                .findFirstByPersonIdOrderByIdDesc(personId)
                .map(Referral::coordinatorId)
                .flatMap(coordinators::findById);
    }

    public Optional<CareTeam> teamOf(Coordinator coordinator) {
        return teams.findById(coordinator.teamId());
    }

    /**
     * The team whose duty worker hears of the person's crisis: their coordinator's, else the
     * default team for crisis.
     */
    public Optional<CareTeam> crisisTeamFor(Long personId) {
        return coordinatorOf(personId).flatMap(this::teamOf).or(this::defaultCrisisTeam);
    }

    /** The team alerted about a crisis when a person's coordinator is not known, if one is set. */
    public Optional<CareTeam> defaultCrisisTeam() {
        return teams.findFirstByDefaultForCrisisOrderById(true);
    }

    /** The coordinator whose login this is, if the account is a coordinator's. */
    public Optional<Coordinator> forStaffAccount(Long staffAccountId) {
        return coordinators.findByStaffAccountId(staffAccountId);
    }
}
