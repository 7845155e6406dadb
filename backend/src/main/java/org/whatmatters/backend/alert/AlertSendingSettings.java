package org.whatmatters.backend.alert;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.alert-sending.*} (environment: {@code
 * WHATMATTERS_ALERT_SENDING_THREADS_PER_CHANNEL}, ...): the threads alerts are sent on, apart from
 * the scheduler's, so a provider that is slow to answer (an SMTP relay that stalls) holds up
 * neither follow-up contacts, nor escalations, nor the alerts of the other channels.
 *
 * @param threadsPerChannel sends under way at once on each channel (SMS, email, push each have
 *     their own)
 * @param queuePerChannel sends waiting for a thread on each channel; past that an attempt waits for
 *     {@code recoverAfter}
 * @param recoverAfter an attempt still SENDING this long after it was handed over (the instance
 *     stopped, or the queue was full) is made again; longer than any provider's timeout (SMTP: 30
 *     s)
 */
@Context
@ConfigurationProperties("whatmatters.alert-sending")
public record AlertSendingSettings(
        @Bindable(defaultValue = "2") int threadsPerChannel,
        @Bindable(defaultValue = "1000") int queuePerChannel,
        @Bindable(defaultValue = "10m") Duration recoverAfter) {

    public AlertSendingSettings {
        if (threadsPerChannel < 1) {
            throw new InvalidSettingException(
                    "WHATMATTERS_ALERT_SENDING_THREADS_PER_CHANNEL",
                    "must be at least 1, was " + threadsPerChannel);
        }
        if (queuePerChannel < 1) {
            throw new InvalidSettingException(
                    "WHATMATTERS_ALERT_SENDING_QUEUE_PER_CHANNEL",
                    "must be at least 1, was " + queuePerChannel);
        }
        SettingChecks.positive("WHATMATTERS_ALERT_SENDING_RECOVER_AFTER", recoverAfter);
    }
}
