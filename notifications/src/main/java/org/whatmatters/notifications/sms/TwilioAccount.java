package org.whatmatters.notifications.sms;

import java.net.URI;
import java.util.Objects;

/**
 * The credentials the Twilio SDK signs its requests with, and where its API lives.
 *
 * @param apiBaseUrl Twilio's API ({@link #TWILIO_API}) in production; a local stand-in in tests and
 *     benchmarks, so the SDK's own request-building code runs against something we control
 */
public record TwilioAccount(String accountSid, String authToken, URI apiBaseUrl) {

    public static final URI TWILIO_API = URI.create("https://api.twilio.com");

    public TwilioAccount {
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    }

    @Override
    public String toString() {
        return "TwilioAccount[accountSid=" + accountSid + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}
