package org.whatmatters.notifications.delivery;

/**
 * What one attempt to hand a message to a provider came to. Carries no recipient and no text, so it
 * can be logged as it is.
 */
public sealed interface DeliveryResult {

    /** The provider took the message; {@code providerId} is its id for it (Twilio's MessageSid). */
    record Accepted(String providerId, String providerStatus) implements DeliveryResult {}

    /**
     * The provider refused the message or could not be reached.
     *
     * @param errorCode the provider's error code when it gave one (Twilio's numeric code), else a
     *     short word such as {@code network}
     * @param retryable whether the same request may succeed later (5xx, 429, network); a 4xx such
     *     as "not a valid phone number" never will
     * @param maybeSent whether the provider may have taken the message although we never heard it
     *     say so (the answer timed out, or the connection broke after the request was written).
     *     Before another attempt, ask the provider whether it went: sending again blindly could
     *     send it twice
     */
    record Failed(String errorCode, String reason, boolean retryable, boolean maybeSent)
            implements DeliveryResult {

        /** A failure whose outcome is known: the provider did not take the message. */
        public Failed(String errorCode, String reason, boolean retryable) {
            this(errorCode, reason, retryable, false);
        }
    }
}
