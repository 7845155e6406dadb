package org.whatmatters.backend.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A care team as staff write it, in the API's JSON or one CSV row; checked and tidied by {@link
 * TeamRules} before it is stored. Times are local UK times ("09:00"), days as {@link WorkingDays}
 * reads them ("MON-FRI").
 */
@Serdeable
public record TeamFields(
        @Nullable String name,
        @Nullable String organisation,
        @Nullable String dutyPhone,
        @Nullable String dutyEmail,
        @Nullable String workingDays,
        @Nullable String opensAt,
        @Nullable String closesAt,
        @Nullable Boolean defaultForCrisis) {}
