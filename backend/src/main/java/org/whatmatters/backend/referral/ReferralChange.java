package org.whatmatters.backend.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.whatmatters.backend.privacy.BoundTo;
import org.whatmatters.backend.privacy.EncryptedText;

/** One change of a referral: who, when, from and to, and why (a code and, encrypted, the words). */
@BoundTo("referralId")
@MappedEntity("referral_change")
public record ReferralChange(
        @Id @GeneratedValue @Nullable Long id,
        Long referralId,
        @Nullable ReferralStatus fromStatus,
        ReferralStatus toStatus,
        String changedBy,
        Instant changedAt,
        @Nullable String reasonCode,
        @MappedProperty(converter = EncryptedText.class) @Nullable String reason) {}
