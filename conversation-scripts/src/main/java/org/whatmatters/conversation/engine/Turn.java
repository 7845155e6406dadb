package org.whatmatters.conversation.engine;

import java.time.Instant;

/**
 * One message from the person, as the host received it. {@code checked}: what the host's own crisis
 * check (the engine's {@link CrisisCheck}, the same lists) found in this very text just before, so
 * the engine does not check it again; {@code null} when the host has no such finding, and the
 * engine checks.
 */
public record Turn(String text, String channel, Instant at, CrisisCheck.Assessment checked) {

    public Turn {
        text = text == null ? "" : text;
    }

    /** A message the engine checks for crisis language itself. */
    public Turn(String text, String channel, Instant at) {
        this(text, channel, at, null);
    }

    @Override
    public String toString() {
        return "Turn[" + text.length() + " chars via " + channel + " at " + at + "]";
    }
}
