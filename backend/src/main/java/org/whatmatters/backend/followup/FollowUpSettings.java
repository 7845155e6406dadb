package org.whatmatters.backend.followup;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.followup.*}: when the three contacts fall due after delivery (an organisation
 * may set its own), quiet hours (Europe/London), and how long a silence is before the one gentle
 * reminder and then before the partner hears the person could not be reached.
 */
@Context // checked at start-up, not at the first contact
@ConfigurationProperties("whatmatters.followup")
public record FollowUpSettings(
        @Bindable(defaultValue = "P3D") Period contact1,
        @Bindable(defaultValue = "P14D") Period contact2,
        @Bindable(defaultValue = "P42D") Period contact3,
        @Bindable(defaultValue = "20:00") LocalTime quietFrom,
        @Bindable(defaultValue = "09:00") LocalTime quietUntil,
        @Bindable(defaultValue = "48h") Duration reminderAfter,
        @Bindable(defaultValue = "72h") Duration unreachableAfter) {

    public FollowUpSettings {
        SettingChecks.positive("FOLLOWUP_REMINDER_AFTER", reminderAfter);
        SettingChecks.positive("FOLLOWUP_UNREACHABLE_AFTER", unreachableAfter);
    }

    ContactTimes contactTimes() {
        return ContactTimes.quietHours(quietFrom, quietUntil);
    }

    /** The deployment's offsets of contacts 1, 2 and 3 after delivery. */
    List<Period> offsets() {
        return List.of(contact1, contact2, contact3);
    }
}
