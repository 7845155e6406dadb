package org.whatmatters.backend.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.rate-limits.*}: how hard sign-in, alert links and inbound SMS may be pushed.
 *
 * @param signInLockAfter failed sign-ins for one username before it is locked (LOGIN_LOCK_AFTER)
 * @param signInAddressLockAfter failed sign-ins from one client address before it is locked (many
 *     people may share one)
 * @param signInLockFor how long a lock lasts (LOGIN_LOCK_FOR)
 * @param signInFailureWindow failures older than this are forgotten
 * @param signInFreeFailures failures allowed before each next attempt must wait (1 s, 2 s, 4 s, ...
 *     at most a minute)
 * @param signInPerMinute sign-in requests per minute from one address, right or wrong (bcrypt is
 *     costly)
 * @param alertLinkPerMinute alert-link requests per minute from one address
 *     (LIMIT_ALERT_LINKS_PER_MINUTE)
 * @param inboundPerMinute inbound SMS per minute from one number handled at once; more are stored
 *     and handled by the inbox's recovery sweep, so one sender cannot starve the others
 */
@Context
@ConfigurationProperties("whatmatters.rate-limits")
public record RateLimitSettings(
        @Bindable(defaultValue = "10") int signInLockAfter,
        @Bindable(defaultValue = "50") int signInAddressLockAfter,
        @Bindable(defaultValue = "15m") Duration signInLockFor,
        @Bindable(defaultValue = "1h") Duration signInFailureWindow,
        @Bindable(defaultValue = "3") int signInFreeFailures,
        @Bindable(defaultValue = "30") int signInPerMinute,
        @Bindable(defaultValue = "30") int alertLinkPerMinute,
        @Bindable(defaultValue = "10") int inboundPerMinute) {

    public RateLimitSettings {
        SettingChecks.atLeastOne("LOGIN_LOCK_AFTER", signInLockAfter);
        SettingChecks.atLeastOne(
                "whatmatters.rate-limits.sign-in-address-lock-after", signInAddressLockAfter);
        SettingChecks.positive("LOGIN_LOCK_FOR", signInLockFor);
        SettingChecks.positive(
                "whatmatters.rate-limits.sign-in-failure-window", signInFailureWindow);
        SettingChecks.atLeastOne("LIMIT_SIGN_IN_PER_MINUTE", signInPerMinute);
        SettingChecks.atLeastOne("LIMIT_ALERT_LINKS_PER_MINUTE", alertLinkPerMinute);
        SettingChecks.atLeastOne("LIMIT_INBOUND_PER_MINUTE", inboundPerMinute);
    }
}
