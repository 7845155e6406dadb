package org.whatmatters.backend.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The {@code twilio.*} settings as given ({@code TWILIO_*} in the environment). Optional as a group:
 * all absent means "no Twilio" (development); {@link SmsGateway} checks that a partial set is not given.
 */
@ConfigurationProperties("twilio")
public record TwilioSettings(
        @Nullable String accountSid,
        @Nullable String authToken,
        @Nullable String fromNumber,
        @Nullable String messagingServiceSid,
        @Nullable String apiBaseUrl) {

    boolean noneGiven() {
        return blank(accountSid) && blank(authToken) && blank(fromNumber) && blank(messagingServiceSid);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "TwilioSettings[accountSid=" + accountSid + ", authToken=" + (blank(authToken) ? "absent" : "set") + "]";
    }
}
