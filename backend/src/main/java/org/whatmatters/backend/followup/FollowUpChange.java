package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.whatmatters.backend.privacy.EncryptedText;

/**
 * One entry of the follow-up audit: what was done ({@code action}), to which contact, by whom (a
 * partner, the person, or the service), when, what changed ({@code detail}: times, channels,
 * statuses; nothing the person wrote) and why (the partner's words, encrypted).
 */
@MappedEntity("follow_up_change")
public record FollowUpChange(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        @Nullable Long contactId,
        String action,
        String changedBy,
        Instant changedAt,
        @Nullable String detail,
        @MappedProperty(converter = EncryptedText.class) @Nullable String reason) {}
