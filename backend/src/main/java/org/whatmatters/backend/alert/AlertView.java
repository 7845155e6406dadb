package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * An alert as staff see it: what kind, how urgent, to whom, every delivery attempt and
 * acknowledgement, and — only for those allowed to know — who it is about.
 */
@Serdeable
public record AlertView(
        Long id,
        Long eventId,
        String kind,
        PersonEvent.Urgency urgency,
        int level,
        Recipient recipient,
        String recipientName,
        Instant createdAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        List<Delivery> deliveries,
        @Nullable About about) {

    @Serdeable
    public record Delivery(
            DeliveryChannel channel,
            AlertDelivery.Status status,
            @Nullable String errorCode,
            Instant attemptedAt) {}

    /**
     * Who the alert is about: shown to the partner, and to a coordinator only when the alert
     * identifies the person.
     */
    @Serdeable
    public record About(Long personId, @Nullable String name, String phone) {}

    static AlertView of(Alert alert, List<AlertDelivery> deliveries, @Nullable About about) {
        return new AlertView(
                alert.id(),
                alert.eventId(),
                alert.kind(),
                alert.urgency(),
                alert.level(),
                alert.recipient(),
                alert.recipientName(),
                alert.createdAt(),
                alert.acknowledgedAt(),
                alert.acknowledgedBy(),
                deliveries.stream()
                        .map(
                                d ->
                                        new Delivery(
                                                d.channel(),
                                                d.status(),
                                                d.errorCode(),
                                                d.attemptedAt()))
                        .toList(),
                about);
    }
}
