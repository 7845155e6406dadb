package org.whatmatters.notifications.delivery;

/** A way of reaching a member of staff (or a person) with a notification. */
public enum DeliveryChannel {
    /** Firebase Cloud Messaging to a registered device. */
    PUSH,
    /** A text through Twilio. */
    SMS,
    /** An email through SMTP. */
    EMAIL
}
