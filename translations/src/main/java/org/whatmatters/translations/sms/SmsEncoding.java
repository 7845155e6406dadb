package org.whatmatters.translations.sms;

/** How a phone network carries a text: the 7-bit GSM alphabet, or UCS-2 for anything outside it. */
public enum SmsEncoding {
    GSM_7(160, 153),
    UCS_2(70, 67);

    private final int singleLimit;
    private final int partLimit;

    SmsEncoding(int singleLimit, int partLimit) {
        this.singleLimit = singleLimit;
        this.partLimit = partLimit;
    }

    /** Units one message may hold when it is sent alone. */
    public int singleLimit() {
        return singleLimit;
    }

    /** Units each part may hold when the text is split (the rest is the concatenation header). */
    public int partLimit() {
        return partLimit;
    }
}
