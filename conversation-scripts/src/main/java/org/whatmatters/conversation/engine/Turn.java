package org.whatmatters.conversation.engine;

import java.time.Instant;

/** One message from the person, as the host received it. */
public record Turn(String text, String channel, Instant at) {

    public Turn {
        text = text == null ? "" : text;
    }

    @Override
    public String toString() {
        return "Turn[" + text.length() + " chars via " + channel + " at " + at + "]";
    }
}
