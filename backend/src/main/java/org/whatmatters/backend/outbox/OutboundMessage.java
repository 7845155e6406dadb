package org.whatmatters.backend.outbox;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.privacy.EncryptedText;

/**
 * One message to a person, from the moment it is decided until the provider's last status callback.
 */
@MappedEntity("outbound_message")
public record OutboundMessage(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        Channel channel,
        @MappedProperty(converter = EncryptedText.class) String toAddress,
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
        Instant updatedAt,
        OutboxLane lane,
        @Nullable Instant inDoubtSince) {

    @Creator
    public OutboundMessage {}

    /** An ordinary message not in doubt: the columns before the lane and the doubt were added. */
    public OutboundMessage(
            Long id,
            Long personId,
            Channel channel,
            String toAddress,
            String body,
            Long inReplyTo,
            OutboundStatus status,
            String statusDetail,
            int attempts,
            Instant nextAttemptAt,
            Instant claimedUntil,
            String providerId,
            String deliveryStatus,
            String errorCode,
            Instant createdAt,
            Instant updatedAt) {
        this(
                id,
                personId,
                channel,
                toAddress,
                body,
                inReplyTo,
                status,
                statusDetail,
                attempts,
                nextAttemptAt,
                claimedUntil,
                providerId,
                deliveryStatus,
                errorCode,
                createdAt,
                updatedAt,
                OutboxLane.ORDINARY,
                null);
    }

    static OutboundMessage pending(
            Long personId,
            Channel channel,
            String toAddress,
            String body,
            Long inReplyTo,
            Instant now) {
        return pending(personId, channel, toAddress, body, inReplyTo, OutboxLane.ORDINARY, now);
    }

    static OutboundMessage pending(
            Long personId,
            Channel channel,
            String toAddress,
            String body,
            Long inReplyTo,
            OutboxLane lane,
            Instant now) {
        return new OutboundMessage(
                null,
                personId,
                channel,
                toAddress,
                body,
                inReplyTo,
                OutboundStatus.PENDING,
                null,
                0,
                now,
                null,
                null,
                null,
                null,
                now,
                now,
                lane,
                null);
    }

    /** A message for the app: shown when the app fetches it, never sent by the SMS outbox. */
    static OutboundMessage inApp(
            Long personId, String body, Long inReplyTo, OutboxLane lane, Instant now) {
        return new OutboundMessage(
                null,
                personId,
                Channel.APP,
                "app",
                body,
                inReplyTo,
                OutboundStatus.IN_APP,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                lane,
                null);
    }

    @Override
    public String toString() {
        return "OutboundMessage[id="
                + id
                + ", lane="
                + lane
                + ", status="
                + status
                + ", attempts="
                + attempts
                + ", providerId="
                + providerId
                + "]";
    }
}
