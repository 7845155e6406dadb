package org.whatmatters.backend.message;

/** How a message travelled. The app channel arrives with its own issue. */
public enum Channel {
    SMS
}
