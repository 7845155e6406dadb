package org.whatmatters.conversation.words;

/**
 * One message as the person wrote it, and as it is matched ({@link Normalised#of}): normalised
 * once, however many words and answers look at it. Not shared between threads.
 */
public final class Reply {

    private final String text;
    private String said;

    public Reply(String text) {
        this.text = text == null ? "" : text;
    }

    /** As written. */
    public String text() {
        return text;
    }

    /** As matched: normalised on first use, then kept. */
    public String said() {
        if (said == null) {
            said = Normalised.of(text);
        }
        return said;
    }

    @Override
    public String toString() {
        return "Reply[" + text.length() + " chars]";
    }
}
