package org.whatmatters.backend.inbox;

/**
 * What the safety check found in a message as soon as it was stored, before its conversation turn. A message
 * not checked yet has none. A second tier (concern: a kind reply and a routine alert) is one more value here.
 */
public enum Safety {
    /** Nothing that needs an answer before the conversation's own. */
    NONE,
    /** Risk to life: crisis support was queued and an URGENT event raised by the check itself. */
    CRISIS
}
