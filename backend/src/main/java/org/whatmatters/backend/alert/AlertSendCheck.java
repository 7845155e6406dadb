package org.whatmatters.backend.alert;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.schedule.DueWork;

/**
 * Due {@code recoverAfter} after an alert attempt was handed to its channel's threads: if it is
 * still SENDING (the instance stopped before the provider answered, or the lane's queue was full)
 * it is failed as {@code interrupted}, retryable, and the alert goes on as after any such failure
 * (the same channel again, under the retry policy). Scheduled with the attempt, so it survives the
 * restart that cut the attempt off; run by one instance.
 */
@Singleton
class AlertSendCheck implements DueWork {

    static final String KIND = "alert-send-check";
    static final String INTERRUPTED = "interrupted";
    private static final Logger LOG = LoggerFactory.getLogger(AlertSendCheck.class);

    private final AlertDeliveryRepository deliveries;
    private final AlertRepository alerts;
    private final AlertSending sending;
    private final Clock clock;

    AlertSendCheck(
            AlertDeliveryRepository deliveries,
            AlertRepository alerts,
            AlertSending sending,
            Clock clock) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.sending = sending;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String data) {
        AlertDelivery attempt = deliveries.findById(Long.valueOf(data)).orElse(null);
        if (attempt == null || attempt.status() != AlertDelivery.Status.SENDING) {
            return; // answered
        }
        if (deliveries.finishSending(
                        attempt.id(),
                        AlertDelivery.Status.FAILED.name(),
                        true,
                        null,
                        INTERRUPTED,
                        "no answer from the provider was recorded",
                        clock.instant())
                == 0) {
            return; // answered just now
        }
        LOG.warn(
                "alert {}: the {} attempt {} was never answered (stopped or queue full); making it again",
                attempt.alertId(),
                attempt.channel(),
                attempt.id());
        alerts.findById(attempt.alertId())
                .filter(alert -> alert.acknowledgedAt() == null)
                .ifPresent(
                        alert ->
                                sending.afterFailure(
                                        alert, deliveries.findById(attempt.id()).orElseThrow()));
    }
}
