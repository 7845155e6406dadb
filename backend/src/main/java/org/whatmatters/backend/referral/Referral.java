package org.whatmatters.backend.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.whatmatters.backend.privacy.EncryptedText;

/**
 * One person's referral. {@code item} (what they chose) and {@code signedForBy} (a name) are
 * encrypted at rest; {@code namedContact} is the staff member people are told to ask for.
 */
@MappedEntity("referral")
public record Referral(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        @Nullable Long organisationId,
        ReferralStatus status,
        @Nullable String namedContact,
        @MappedProperty(converter = EncryptedText.class) @Nullable String item,
        @Nullable DeclineReason declineReason,
        @Nullable DeliveredTo deliveredTo,
        @MappedProperty(converter = EncryptedText.class) @Nullable String signedForBy,
        @Nullable Instant deliveredAt,
        @Nullable Instant followUpsPausedAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Long coordinatorId) {

    static Referral selfReferred(Long personId, Long organisationId, Instant now) {
        return new Referral(
                null,
                personId,
                organisationId,
                ReferralStatus.SELF_REFERRED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                null);
    }

    Referral withStatus(ReferralStatus next, Instant now) {
        return new Referral(
                id,
                personId,
                organisationId,
                next,
                namedContact,
                item,
                declineReason,
                deliveredTo,
                signedForBy,
                deliveredAt,
                followUpsPausedAt,
                createdAt,
                now,
                coordinatorId);
    }

    Referral withOrganisation(Long organisation, Instant now) {
        return new Referral(
                id,
                personId,
                organisation,
                status,
                namedContact,
                item,
                declineReason,
                deliveredTo,
                signedForBy,
                deliveredAt,
                followUpsPausedAt,
                createdAt,
                now,
                coordinatorId);
    }

    Referral withNamedContact(String contact, Instant now) {
        return new Referral(
                id,
                personId,
                organisationId,
                status,
                contact,
                item,
                declineReason,
                deliveredTo,
                signedForBy,
                deliveredAt,
                followUpsPausedAt,
                createdAt,
                now,
                coordinatorId);
    }

    Referral declined(DeclineReason reason, Instant now) {
        return new Referral(
                id,
                personId,
                organisationId,
                ReferralStatus.DECLINED,
                namedContact,
                item,
                reason,
                deliveredTo,
                signedForBy,
                deliveredAt,
                followUpsPausedAt,
                createdAt,
                now,
                coordinatorId);
    }

    Referral ordered(String what, Instant now) {
        return new Referral(
                id,
                personId,
                organisationId,
                ReferralStatus.ITEM_ORDERED,
                namedContact,
                what,
                declineReason,
                deliveredTo,
                signedForBy,
                deliveredAt,
                followUpsPausedAt,
                createdAt,
                now,
                coordinatorId);
    }

    Referral delivered(DeliveredTo to, String signer, Instant at, Instant now) {
        return new Referral(
                id,
                personId,
                organisationId,
                ReferralStatus.DELIVERED,
                namedContact,
                item,
                declineReason,
                to,
                signer,
                at,
                followUpsPausedAt,
                createdAt,
                now,
                coordinatorId);
    }

    public Referral withFollowUpsPaused(Instant pausedAt, Instant now) {
        return new Referral(
                id,
                personId,
                organisationId,
                status,
                namedContact,
                item,
                declineReason,
                deliveredTo,
                signedForBy,
                deliveredAt,
                pausedAt,
                createdAt,
                now,
                coordinatorId);
    }

    /** The same referral linked to a care coordinator of the directory (or to none). */
    public Referral withCoordinator(@Nullable Long coordinator, Instant now) {
        return new Referral(
                id,
                personId,
                organisationId,
                status,
                namedContact,
                item,
                declineReason,
                deliveredTo,
                signedForBy,
                deliveredAt,
                followUpsPausedAt,
                createdAt,
                now,
                coordinator);
    }

    @Override
    public String toString() {
        return "Referral[id=" + id + ", person=" + personId + ", status=" + status + "]";
    }
}
