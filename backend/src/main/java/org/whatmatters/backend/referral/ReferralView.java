package org.whatmatters.backend.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A referral and its history, for its partner. */
@Serdeable
public record ReferralView(
        Long id,
        Long personId,
        @Nullable Long organisationId,
        ReferralStatus status,
        @Nullable String namedContact,
        @Nullable String item,
        @Nullable DeclineReason declineReason,
        @Nullable DeliveredTo deliveredTo,
        @Nullable String signedForBy,
        @Nullable Instant deliveredAt,
        boolean followUpsPaused,
        Instant createdAt,
        List<Change> history) {

    @Serdeable
    public record Change(
            @Nullable ReferralStatus from,
            ReferralStatus to,
            String by,
            Instant at,
            @Nullable String reasonCode,
            @Nullable String reason) {}

    public static ReferralView of(Referral referral, List<ReferralChange> changes) {
        return new ReferralView(
                referral.id(),
                referral.personId(),
                referral.organisationId(),
                referral.status(),
                referral.namedContact(),
                referral.item(),
                referral.declineReason(),
                referral.deliveredTo(),
                referral.signedForBy(),
                referral.deliveredAt(),
                referral.followUpsPausedAt() != null,
                referral.createdAt(),
                changes.stream()
                        .map(
                                change ->
                                        new Change(
                                                change.fromStatus(),
                                                change.toStatus(),
                                                change.changedBy(),
                                                change.changedAt(),
                                                change.reasonCode(),
                                                change.reason()))
                        .toList());
    }
}
