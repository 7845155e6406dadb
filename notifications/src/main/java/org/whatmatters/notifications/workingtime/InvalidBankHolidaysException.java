package org.whatmatters.notifications.workingtime;

/** Bank-holiday data that cannot be used; the message names the file and what is wrong with it. */
public final class InvalidBankHolidaysException extends RuntimeException {

    public InvalidBankHolidaysException(String message) {
        super(message);
    }

    public InvalidBankHolidaysException(String message, Throwable cause) {
        super(message, cause);
    }
}
