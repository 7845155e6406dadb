package org.whatmatters.backend.coordinator;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.whatmatters.backend.directory.NameKey;
import org.whatmatters.backend.person.PhoneNumbers;

/**
 * Which directory coordinators a person may have meant by what they said: ranked by phone, name and
 * team (see {@link Candidate}), best first. Someone only comes up with the same phone, or a name or
 * team at least half alike; a partner confirms the one that is right.
 */
@Singleton
class CoordinatorMatcher {

    static final int MOST = 5;
    private static final double LIKE_ENOUGH = 0.5;
    private static final double NAME_WEIGHT = 0.6;
    private static final double TEAM_WEIGHT = 0.4;

    /** The team's organisation ("Bradford District Care") is a weaker clue than its own name. */
    private static final double ORGANISATION_WEIGHT = 0.5;

    private final CoordinatorRepository coordinators;
    private final CareTeamRepository teams;
    private final PhoneNumbers phones;

    CoordinatorMatcher(
            CoordinatorRepository coordinators, CareTeamRepository teams, PhoneNumbers phones) {
        this.coordinators = coordinators;
        this.teams = teams;
        this.phones = phones;
    }

    List<Candidate> candidates(CoordinatorAsSaid said) {
        if (!said.saidAnything()) {
            return List.of();
        }
        String phone = phones.toE164(said.phone()).orElse(null);
        Map<Long, CareTeam> teamsById =
                teams.findAll().stream()
                        .collect(Collectors.toMap(CareTeam::id, Function.identity()));
        return coordinators.findAll().stream()
                .map(
                        coordinator ->
                                fit(said, phone, coordinator, teamsById.get(coordinator.teamId())))
                .filter(
                        candidate ->
                                candidate.phoneMatches()
                                        || candidate.nameSimilarity() >= LIKE_ENOUGH
                                        || candidate.teamSimilarity() >= LIKE_ENOUGH)
                .sorted(
                        Comparator.comparingDouble(Candidate::score)
                                .reversed()
                                .thenComparing(
                                        candidate -> NameKey.of(candidate.coordinator().name())))
                .limit(MOST)
                .toList();
    }

    private static Candidate fit(
            CoordinatorAsSaid said, String phone, Coordinator coordinator, CareTeam team) {
        boolean phoneMatches = phone != null && phone.equals(coordinator.phone());
        double name = NameSimilarity.of(said.name(), coordinator.name());
        double teamLikeness =
                Math.max(
                        NameSimilarity.of(said.team(), team.name()),
                        ORGANISATION_WEIGHT * NameSimilarity.of(said.team(), team.organisation()));
        if (phone != null && Objects.equals(phone, team.dutyPhone())) {
            teamLikeness = 1;
        }
        double score = (phoneMatches ? 1 : 0) + NAME_WEIGHT * name + TEAM_WEIGHT * teamLikeness;
        return new Candidate(
                CoordinatorView.of(coordinator, team),
                rounded(score),
                phoneMatches,
                rounded(name),
                rounded(teamLikeness));
    }

    private static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
