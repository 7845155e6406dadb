package org.whatmatters.backend.inbox;

import java.util.regex.Pattern;

/**
 * What Twilio itself can send in a webhook, so that anything outside it is refused before it
 * reaches the inbox or a column: a message SID is two letters and 32 hexadecimal digits (34
 * characters), a message body at most 1,600 characters, an E.164 number at most 15 digits (an
 * address may also be an alphanumeric sender ID or a channel address such as {@code
 * whatsapp:+447700900123}, so addresses are checked against their 64-character columns and kept to
 * printable ASCII), a delivery status one of Twilio's lower-case words, an error code a number.
 */
final class TwilioLimits {

    static final int MESSAGE_SID_LENGTH = 34;
    static final int MAX_BODY_CHARACTERS = 1_600;
    static final int MAX_ADDRESS_LENGTH = 64;
    static final int MAX_E164_DIGITS = 15;

    private static final Pattern MESSAGE_SID = Pattern.compile("[A-Z]{2}[0-9a-fA-F]{32}");
    private static final Pattern ADDRESS =
            Pattern.compile("[\\x20-\\x7E]{1," + MAX_ADDRESS_LENGTH + "}");

    /** A number that says it is E.164 ({@code +} first) has at most 15 digits. */
    private static final Pattern LONG_E164 =
            Pattern.compile("\\+[0-9 ()\\-]*(?:[0-9][ ()\\-]*){" + (MAX_E164_DIGITS + 1) + ",}");

    private static final Pattern STATUS = Pattern.compile("[A-Za-z_\\-]{1,32}");
    private static final Pattern ERROR_CODE = Pattern.compile("[0-9]{1,10}");

    private TwilioLimits() {}

    static boolean isMessageSid(String value) {
        return value != null && MESSAGE_SID.matcher(value).matches();
    }

    /**
     * A sender or recipient Twilio could name: printable ASCII within the column, and no E.164
     * number longer than E.164 allows.
     */
    static boolean isAddress(String value) {
        return value != null
                && ADDRESS.matcher(value).matches()
                && !LONG_E164.matcher(value.trim()).matches()
                && !value.isBlank();
    }

    static boolean isBody(String value) {
        return value == null || value.codePointCount(0, value.length()) <= MAX_BODY_CHARACTERS;
    }

    static boolean isStatus(String value) {
        return value != null && STATUS.matcher(value.trim()).matches();
    }

    static boolean isErrorCode(String value) {
        return value != null && ERROR_CODE.matcher(value.trim()).matches();
    }
}
