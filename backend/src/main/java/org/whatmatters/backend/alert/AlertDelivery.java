package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * One attempt to deliver an alert on one channel: SENDING (handed to the channel's sending threads,
 * the provider has not answered yet: kept so that an attempt a restart cut off is found and made
 * again), ACCEPTED (the provider took it), DELIVERED (it says it arrived), FAILED (refused,
 * undelivered, or the device is gone; {@code retryable} when trying again may work), with the
 * provider's id and error code.
 */
@MappedEntity("alert_delivery")
public record AlertDelivery(
        @Id @GeneratedValue @Nullable Long id,
        Long alertId,
        DeliveryChannel channel,
        Status status,
        boolean retryable,
        @Nullable String providerId,
        @Nullable String errorCode,
        @Nullable String detail,
        Instant attemptedAt,
        Instant updatedAt) {

    public enum Status {
        SENDING,
        ACCEPTED,
        DELIVERED,
        FAILED
    }

    /** The provider took it (or is still being asked): not to be sent again on this channel. */
    boolean succeeded() {
        return status != Status.FAILED;
    }

    static AlertDelivery sending(Long alertId, DeliveryChannel channel, Instant at) {
        return new AlertDelivery(
                null, alertId, channel, Status.SENDING, false, null, null, null, at, at);
    }

    AlertDelivery withStatus(Status next, @Nullable String code, Instant at) {
        return new AlertDelivery(
                id,
                alertId,
                channel,
                next,
                false,
                providerId,
                code == null ? errorCode : code,
                detail,
                attemptedAt,
                at);
    }
}
