package org.whatmatters.notifications.email;

import java.util.Objects;

/**
 * One plain-text email to one recipient. Notifications carry no personal details, but the address
 * is personal: neither it nor the text is ever printed.
 */
public record EmailMessage(String to, String subject, String body) {

    public EmailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** Never prints the address, the subject or the text: records end up in logs. */
    @Override
    public String toString() {
        return "EmailMessage[" + body.length() + " chars]";
    }
}
