package org.whatmatters.backend.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A coordinator as staff write it: checked and tidied by {@link CoordinatorRules} before it is
 * stored. {@code preferredChannel} is SMS, EMAIL or PUSH; left out, it is SMS when there is a
 * phone, else EMAIL.
 */
@Serdeable
public record CoordinatorFields(
        @Nullable String name,
        @Nullable Long teamId,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String preferredChannel,
        @Nullable Long staffAccountId) {}
