package org.whatmatters.backend.followup;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.followup.identity.*} (hazard H2, recycled numbers): how long a silence is
 * before a number may have passed to someone else ({@code FOLLOWUP_IDENTITY_CHECK_AFTER}), and how
 * long the person has to answer the neutral question asking for the first name they gave before the
 * partner is asked to confirm instead ({@code FOLLOWUP_IDENTITY_REPLY_WITHIN}).
 */
@Context // checked at start-up, not at the first contact
@ConfigurationProperties("whatmatters.followup.identity")
public record IdentityCheckSettings(
        @Bindable(defaultValue = "183d") Duration checkAfter,
        @Bindable(defaultValue = "72h") Duration replyWithin) {

    public IdentityCheckSettings {
        SettingChecks.positive("FOLLOWUP_IDENTITY_CHECK_AFTER", checkAfter);
        SettingChecks.positive("FOLLOWUP_IDENTITY_REPLY_WITHIN", replyWithin);
    }
}
