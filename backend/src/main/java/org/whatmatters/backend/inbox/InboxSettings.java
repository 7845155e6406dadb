package org.whatmatters.backend.inbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.inbox.*}: how a message that could not be handled is tried again, and when it
 * is given up.
 *
 * @param recoveryGrace how long a new message is left to its own handler before the recovery sweep
 *     may take it
 * @param maxAttempts attempts at one message before it is marked failed and the partner told (at
 *     least 1)
 * @param retryDelay the wait after the first failed attempt; it doubles with each attempt ...
 * @param retryMaxDelay ... up to this
 * @param sweepLimit the most messages one sweep takes
 */
@Context // checked at start-up
@ConfigurationProperties("whatmatters.inbox")
public record InboxSettings(
        @Bindable(defaultValue = "1m") Duration recoveryGrace,
        @Bindable(defaultValue = "5") int maxAttempts,
        @Bindable(defaultValue = "30s") Duration retryDelay,
        @Bindable(defaultValue = "10m") Duration retryMaxDelay,
        @Bindable(defaultValue = "100") int sweepLimit) {

    public InboxSettings {
        SettingChecks.positive("INBOX_RECOVERY_GRACE", recoveryGrace);
        SettingChecks.positive("INBOX_RETRY_DELAY", retryDelay);
        SettingChecks.positive("INBOX_RETRY_MAX_DELAY", retryMaxDelay);
        SettingChecks.atLeastOne("INBOX_MAX_ATTEMPTS", maxAttempts);
        SettingChecks.atLeastOne("INBOX_SWEEP_LIMIT", sweepLimit);
    }

    /** The wait after attempt {@code attempt} (1 = the first) before the next may begin. */
    Duration delayAfter(int attempt) {
        Duration delay = retryDelay;
        for (int i = 1; i < attempt && delay.compareTo(retryMaxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }
}
