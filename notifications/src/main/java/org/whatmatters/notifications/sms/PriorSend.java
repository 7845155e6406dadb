package org.whatmatters.notifications.sms;

/**
 * What Twilio's Messages list says about a message whose earlier attempt had no known outcome.
 * Carries no number and no text, so it can be logged as it is.
 */
public sealed interface PriorSend {

    /** Twilio has it: record this sid and do not send again. */
    record Found(String messageSid, String status) implements PriorSend {}

    /** Twilio has no such message in the window: it is safe to send. */
    record NotFound() implements PriorSend {}

    /**
     * Twilio could not be asked (down, timed out, refused): neither send nor give up; ask again
     * later.
     */
    record Unknown(String reason) implements PriorSend {}
}
