package org.whatmatters.backend.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.SettingChecks;
import org.whatmatters.notifications.sms.TwilioTimeouts;

/**
 * The {@code twilio.*} settings as given ({@code TWILIO_*} in the environment). Optional as a
 * group: all absent means "no Twilio" (development); {@link SmsGateway} checks that a partial set
 * is not given. The timeouts bound each call to Twilio's API (the SDK's own are 30 s).
 */
@ConfigurationProperties("twilio")
public record TwilioSettings(
        @Nullable String accountSid,
        @Nullable String authToken,
        @Nullable String fromNumber,
        @Nullable String messagingServiceSid,
        @Bindable(defaultValue = "https://api.twilio.com") String apiBaseUrl,
        @Bindable(defaultValue = "3s") Duration connectTimeout,
        @Bindable(defaultValue = "5s") Duration readTimeout) {

    public TwilioSettings {
        SettingChecks.positive("TWILIO_CONNECT_TIMEOUT", connectTimeout);
        SettingChecks.positive("TWILIO_READ_TIMEOUT", readTimeout);
    }

    TwilioTimeouts timeouts() {
        return new TwilioTimeouts(connectTimeout, readTimeout);
    }

    boolean noneGiven() {
        return blank(accountSid)
                && blank(authToken)
                && blank(fromNumber)
                && blank(messagingServiceSid);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "TwilioSettings[accountSid="
                + accountSid
                + ", authToken="
                + (blank(authToken) ? "absent" : "set")
                + "]";
    }
}
