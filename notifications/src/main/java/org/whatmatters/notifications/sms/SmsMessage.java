package org.whatmatters.notifications.sms;

import java.net.URI;
import java.util.Objects;

/**
 * One text to send.
 *
 * @param to the recipient in E.164
 * @param statusCallback where Twilio reports queued/sent/delivered/undelivered/failed; may be null
 */
public record SmsMessage(String to, String body, URI statusCallback) {

    public SmsMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
    }

    /** Never prints the number or the text: records end up in logs. */
    @Override
    public String toString() {
        return "SmsMessage[" + body.length() + " chars]";
    }
}
