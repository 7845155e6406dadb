package org.whatmatters.backend.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code whatmatters.privacy.phone-lookup.key} ({@code PHONE_LOOKUP_KEY}): base64 of 32 random
 * bytes keying {@link PhoneLookup}. No default: missing stops start-up, except in development mode,
 * which makes one in ./data.
 */
@ConfigurationProperties("whatmatters.privacy.phone-lookup")
public record PhoneLookupSettings(@Nullable String key) {}
