package org.whatmatters.backend.message;

/**
 * How a message travelled: by text, or in the service users' app (fetched over the app API after a
 * push).
 */
public enum Channel {
    SMS,
    APP
}
