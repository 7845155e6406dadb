package org.whatmatters.backend.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code whatmatters.privacy.*}: the data key that encrypts personal text at rest
 * (DATA_ENCRYPTION_KEY) and the earlier keys that still decrypt until re-encryption has moved every
 * value off them (DATA_ENCRYPTION_OLD_KEYS, comma-separated). Both are checked by {@link Keyring}
 * when {@link TextCipher} starts.
 */
@ConfigurationProperties("whatmatters.privacy")
public record PrivacySettings(
        @Bindable(defaultValue = "") String dataKey, @Bindable(defaultValue = "") String oldKeys) {}
