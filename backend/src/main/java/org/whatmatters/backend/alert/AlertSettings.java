package org.whatmatters.backend.alert;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.time.LocalTime;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.backend.settings.SettingChecks;
import org.whatmatters.notifications.delivery.RetryPolicy;

/**
 * {@code whatmatters.alerts.*}: when alerts nobody acknowledged escalate, whether a crisis alert
 * identifies the person to their coordinator even without their consent (duty of care; hazard log
 * H13), the hours and bank holidays routine escalation counts working days in, and how failed
 * deliveries are retried.
 *
 * @param urgentEscalateAfter an urgent alert not acknowledged in this long goes to the team duty
 *     worker by SMS and email
 * @param urgentLeadAfter ... and this long after that, to the delivery partner's lead
 * @param routineWorkingDays a routine alert not acknowledged in this many working days goes to the
 *     team duty worker
 * @param crisisOverridesConsent whether a coordinator alerted about a crisis may see who it is
 *     without consent to share
 * @param bankHolidaysFile GOV.UK's bank-holidays.json to use instead of the copy shipped (empty:
 *     the shipped one)
 * @param opensAt default working hours (Monday to Friday) where a team's own are not known
 */
@Context // checked at start-up, not at the first contact
@ConfigurationProperties("whatmatters.alerts")
public record AlertSettings(
        @Bindable(defaultValue = "30m") Duration urgentEscalateAfter,
        @Bindable(defaultValue = "30m") Duration urgentLeadAfter,
        @Bindable(defaultValue = "2") int routineWorkingDays,
        @Bindable(defaultValue = "true") String crisisOverridesConsent,
        @Bindable(defaultValue = "") String bankHolidaysFile,
        @Bindable(defaultValue = "09:00") LocalTime opensAt,
        @Bindable(defaultValue = "17:00") LocalTime closesAt,
        @Bindable(defaultValue = "3") int attemptsPerChannel,
        @Bindable(defaultValue = "1m") Duration retryDelay,
        @Bindable(defaultValue = "7d") Duration linkExpiry) {

    public AlertSettings {
        SettingChecks.positive("ALERTS_URGENT_ESCALATE_AFTER", urgentEscalateAfter);
        SettingChecks.positive("ALERTS_URGENT_LEAD_AFTER", urgentLeadAfter);
        SettingChecks.atLeastOne("ALERTS_ROUTINE_WORKING_DAYS", routineWorkingDays);
        if (!opensAt.isBefore(closesAt)) {
            throw new InvalidSettingException(
                    "ALERTS_OPENS_AT",
                    "must be before ALERTS_CLOSES_AT, was " + opensAt + "-" + closesAt);
        }
        SettingChecks.onOrOff(CRISIS_OVERRIDES_CONSENT, crisisOverridesConsent);
        SettingChecks.positive("ALERT_LINK_EXPIRY", linkExpiry);
        SettingChecks.atLeastOne("whatmatters.alerts.attempts-per-channel", attemptsPerChannel);
    }

    /**
     * How often, and how far apart, an alert is tried again on a channel whose failure may pass.
     */
    RetryPolicy retryPolicy() {
        return new RetryPolicy(attemptsPerChannel, retryDelay, 2, retryDelay.multipliedBy(8));
    }

    boolean crisisIdentifiesWithoutConsent() {
        return SettingChecks.onOrOff(CRISIS_OVERRIDES_CONSENT, crisisOverridesConsent);
    }

    private static final String CRISIS_OVERRIDES_CONSENT = "ALERTS_CRISIS_OVERRIDES_CONSENT";
}
