package org.whatmatters.backend.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.backend.settings.SettingChecks;
import org.whatmatters.notifications.delivery.RetryPolicy;

/**
 * {@code whatmatters.outbox.*}: how long one instance may hold a message while sending before
 * another may take it over, how failed attempts are retried, how many sends run at once per
 * instance (ordinary ones, and crisis replies on threads of their own), and how many people may
 * wait for a sender thread.
 */
@ConfigurationProperties("whatmatters.outbox")
public record OutboxSettings(
        @Bindable(defaultValue = "2m") Duration claimLease,
        @Bindable(defaultValue = "6") int maxAttempts,
        @Bindable(defaultValue = "30s") Duration firstRetryDelay,
        @Bindable(defaultValue = "4") double retryMultiplier,
        @Bindable(defaultValue = "1h") Duration maxRetryDelay,
        @Bindable(defaultValue = "4") int senderThreads,
        @Bindable(defaultValue = "2") int crisisSenderThreads,
        @Bindable(defaultValue = "1000") int queueCapacity) {

    public OutboxSettings {
        SettingChecks.positive("OUTBOX_CLAIM_LEASE", claimLease);
        SettingChecks.atLeastOne("OUTBOX_MAX_ATTEMPTS", maxAttempts);
        if (firstRetryDelay.isNegative() || maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            throw new InvalidSettingException(
                    "OUTBOX_FIRST_RETRY_DELAY",
                    "must be between 0 and the maximum retry delay ("
                            + maxRetryDelay
                            + "), was "
                            + firstRetryDelay);
        }
        if (retryMultiplier < 1) {
            throw new InvalidSettingException(
                    "whatmatters.outbox.retry-multiplier",
                    "must be at least 1, was " + retryMultiplier);
        }
        SettingChecks.atLeastOne("OUTBOX_SENDER_THREADS", senderThreads);
        SettingChecks.atLeastOne("OUTBOX_CRISIS_SENDER_THREADS", crisisSenderThreads);
        SettingChecks.atLeastOne("OUTBOX_QUEUE_CAPACITY", queueCapacity);
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstRetryDelay, retryMultiplier, maxRetryDelay);
    }
}
