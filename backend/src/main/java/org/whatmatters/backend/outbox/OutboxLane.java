package org.whatmatters.backend.outbox;

/** Which senders a message goes out through. */
public enum OutboxLane {
    /**
     * Replies to a message that read as a crisis: senders of their own, never behind ordinary
     * sends.
     */
    CRISIS,
    /** Everything else. */
    ORDINARY
}
