package org.whatmatters.backend.alert;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.outbox.DeliveryCallbacks;

/**
 * Twilio's word on an alert text: delivered is kept; failed or undelivered means it did not reach
 * the recipient, so the alert goes on to their next channel (email, say). A status for no known
 * message is logged and ignored.
 */
@Singleton
class AlertCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(AlertCallbacks.class);
    private static final Set<String> DID_NOT_ARRIVE = Set.of("failed", "undelivered");

    private final AlertDeliveryRepository deliveries;
    private final AlertRepository alerts;
    private final AlertSending sending;
    private final Clock clock;

    AlertCallbacks(
            AlertDeliveryRepository deliveries,
            AlertRepository alerts,
            AlertSending sending,
            Clock clock) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.sending = sending;
        this.clock = clock;
    }

    @EventListener
    void onStatus(DeliveryCallbacks.OtherMessageStatus status) {
        deliveries
                .findByProviderId(status.messageSid())
                .ifPresentOrElse(
                        delivery -> {
                            if (DID_NOT_ARRIVE.contains(status.status())) {
                                deliveries.update(
                                        delivery.withStatus(
                                                AlertDelivery.Status.FAILED,
                                                status.errorCode(),
                                                clock.instant()));
                                LOG.warn(
                                        "alert {}: the text was {} (error {}); trying the next channel",
                                        delivery.alertId(),
                                        status.status(),
                                        status.errorCode());
                                alerts.findById(delivery.alertId())
                                        .ifPresent(
                                                alert ->
                                                        sending.afterUndelivered(
                                                                alert,
                                                                delivery.channel(),
                                                                deliveries
                                                                        .findByAlertIdOrderById(
                                                                                alert.id())
                                                                        .size()));
                            } else if ("delivered".equals(status.status())) {
                                deliveries.update(
                                        delivery.withStatus(
                                                AlertDelivery.Status.DELIVERED,
                                                null,
                                                clock.instant()));
                            }
                        },
                        () ->
                                LOG.warn(
                                        "status callback for unknown message {}; ignored",
                                        status.messageSid()));
    }
}
