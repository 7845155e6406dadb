package org.whatmatters.backend.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.whatmatters.backend.inbox.Channel;
import org.whatmatters.backend.privacy.EncryptedText;

import java.time.Instant;

/** One message to a person, from the moment it is decided until the provider's last status callback. */
@MappedEntity("outbound_message")
public record OutboundMessage(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        Channel channel,
        String toAddress,
        @MappedProperty(converter = EncryptedText.class) String body,
        @Nullable Long inReplyTo,
        OutboundStatus status,
        @Nullable String statusDetail,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant claimedUntil,
        @Nullable String providerId,
        @Nullable String deliveryStatus,
        @Nullable String errorCode,
        Instant createdAt,
        Instant updatedAt) {

    static OutboundMessage pending(Long personId, Channel channel, String toAddress, String body, Long inReplyTo, Instant now) {
        return new OutboundMessage(null, personId, channel, toAddress, body, inReplyTo, OutboundStatus.PENDING, null,
                0, now, null, null, null, null, now, now);
    }

    @Override
    public String toString() {
        return "OutboundMessage[id=" + id + ", status=" + status + ", attempts=" + attempts + ", providerId=" + providerId + "]";
    }
}
