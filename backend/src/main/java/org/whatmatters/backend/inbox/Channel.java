package org.whatmatters.backend.inbox;

/** How a message travelled. The app channel arrives with its own issue. */
public enum Channel {
    SMS
}
