package org.whatmatters.notifications.sms;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one call to Twilio's API may take. Twilio answers a create or a list in well under a
 * second; the SDK's own defaults (30.5 s to connect, 30 s to read) let one hung call hold a sender
 * for half a minute, so the settings here are a few seconds.
 *
 * @param connect to open the connection (and to wait for a pooled one); a send that fails here
 *     surely did not reach Twilio
 * @param read to wait for each part of the answer once the request is written; a send that fails
 *     here may have reached Twilio (see {@link
 *     org.whatmatters.notifications.delivery.DeliveryResult.Failed#maybeSent()})
 */
public record TwilioTimeouts(Duration connect, Duration read) {

    public static final TwilioTimeouts DEFAULT =
            new TwilioTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(5));

    public TwilioTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
            throw new IllegalArgumentException("Twilio timeouts must be positive");
        }
    }
}
