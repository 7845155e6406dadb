package org.whatmatters.backend.outbox;

/** Where a message is in our own pipeline; the provider's word on delivery is kept beside it. */
public enum OutboundStatus {
    /** Written, waiting for its first attempt. */
    PENDING,
    /**
     * Claimed by one instance, which is talking to the provider now (or died doing so: see
     * claimed_until).
     */
    SENDING,
    /** An attempt failed in a way that may pass; waiting for next_attempt_at. */
    RETRY,
    /** The provider took it; delivery_status follows its status callbacks. */
    ACCEPTED,
    /** Refused for good, or out of attempts. */
    FAILED,
    /**
     * A message in the app, waiting to be fetched (see delivery_status); the SMS outbox never sends
     * it.
     */
    IN_APP,
    /** Not sent because this deployment has no provider credentials (development). */
    NOT_SENT
}
