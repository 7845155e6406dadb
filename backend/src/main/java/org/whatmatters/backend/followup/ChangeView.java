package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One entry of a person's follow-up audit: what, to which contact, by whom, when, what changed and
 * why.
 */
@Serdeable
public record ChangeView(
        String action,
        @Nullable Long contactId,
        String by,
        Instant at,
        @Nullable String detail,
        @Nullable String reason) {

    static ChangeView of(FollowUpChange change) {
        return new ChangeView(
                change.action(),
                change.contactId(),
                change.changedBy(),
                change.changedAt(),
                change.detail(),
                change.reason());
    }
}
