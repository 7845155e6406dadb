package org.whatmatters.backend.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A person's coordinator, for their partner: what the person said, the directory coordinator linked
 * to their referral (if any), and the directory's likeliest matches for what they said.
 */
@Serdeable
public record PersonCoordinator(
        CoordinatorAsSaid said, @Nullable CoordinatorView linked, List<Candidate> candidates) {}
