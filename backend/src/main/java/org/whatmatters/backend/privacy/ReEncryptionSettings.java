package org.whatmatters.backend.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.privacy.re-encryption.*}: while any stored value is on an old key (or in an
 * older format), {@link ReEncryptionJob} rewrites up to {@code batchSize} values per column every
 * {@code interval} (RE_ENCRYPTION_BATCH_SIZE, RE_ENCRYPTION_INTERVAL).
 */
@ConfigurationProperties("whatmatters.privacy.re-encryption")
public record ReEncryptionSettings(
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "1m") Duration interval) {

    public ReEncryptionSettings {
        if (batchSize < 1 || batchSize > 5000) {
            throw new InvalidSettingException(
                    "RE_ENCRYPTION_BATCH_SIZE", "must be between 1 and 5000, got " + batchSize);
        }
        SettingChecks.positive("RE_ENCRYPTION_INTERVAL", interval);
    }
}
