package org.whatmatters.backend.followup;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;

/**
 * {@code whatmatters.followup.*}: when the three contacts fall due after delivery, quiet hours (Europe/London),
 * and how often each instance looks for due contacts.
 */
@ConfigurationProperties("whatmatters.followup")
public record FollowUpSettings(
        @Bindable(defaultValue = "P3D") Period contact1,
        @Bindable(defaultValue = "P14D") Period contact2,
        @Bindable(defaultValue = "P42D") Period contact3,
        @Bindable(defaultValue = "20:00") LocalTime quietFrom,
        @Bindable(defaultValue = "09:00") LocalTime quietUntil,
        @Bindable(defaultValue = "10s") Duration pollingInterval,
        @Bindable(defaultValue = "2") int threads) {

    ContactTimes contactTimes() {
        return ContactTimes.quietHours(quietFrom, quietUntil);
    }
}
