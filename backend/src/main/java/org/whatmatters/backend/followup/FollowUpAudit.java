package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Writes the follow-up audit: every operation on a schedule, whoever made it, with what changed and
 * why.
 */
@Singleton
class FollowUpAudit {

    static final String SERVICE = "service";
    static final String PERSON = "person";

    private final FollowUpChangeRepository changes;
    private final Clock clock;

    FollowUpAudit(FollowUpChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    void record(
            Long personId,
            @Nullable FollowUpContact contact,
            String action,
            String by,
            @Nullable String detail,
            @Nullable String reason) {
        changes.save(
                new FollowUpChange(
                        null,
                        personId,
                        contact == null ? null : contact.id(),
                        action,
                        by,
                        clock.instant(),
                        detail,
                        reason == null || reason.isBlank() ? null : reason.strip()));
    }
}
