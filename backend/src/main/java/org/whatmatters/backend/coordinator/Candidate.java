package org.whatmatters.backend.coordinator;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A directory coordinator who may be the one a person described, and how well they fit: the same
 * phone (in E.164) is a strong match, then how alike the names and the teams are (0 to 1, see
 * {@link NameSimilarity}).
 *
 * @param score the phone match (1 or 0) plus 0.6 × name plus 0.4 × team: higher is likelier
 * @param teamSimilarity how alike the teams are; 1 also when the number given is the team's duty
 *     phone
 */
@Serdeable
public record Candidate(
        CoordinatorView coordinator,
        double score,
        boolean phoneMatches,
        double nameSimilarity,
        double teamSimilarity) {}
