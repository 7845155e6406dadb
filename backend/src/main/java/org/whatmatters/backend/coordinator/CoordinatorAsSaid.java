package org.whatmatters.backend.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import org.whatmatters.backend.directory.FieldChecks;

/**
 * The coordinator as the person described them during self-referral, in their own words (nothing is
 * checked: "don't know" is a fine answer), and whether they agreed to their coordinator being told
 * about them.
 */
@Serdeable
public record CoordinatorAsSaid(
        @Nullable String hasCoordinator,
        @Nullable String name,
        @Nullable String team,
        @Nullable String phone,
        @Nullable String consentToShare) {

    static CoordinatorAsSaid from(Map<String, String> facts) {
        return new CoordinatorAsSaid(
                facts.get("has_coordinator"),
                facts.get("coordinator_name"),
                facts.get("coordinator_team"),
                facts.get("coordinator_phone"),
                facts.get("consent_share_coordinator"));
    }

    boolean saidAnything() {
        return FieldChecks.text(name) != null
                || FieldChecks.text(team) != null
                || FieldChecks.text(phone) != null;
    }
}
