package org.whatmatters.backend.message;

/**
 * What the safety check found in a message as soon as it was stored, before its conversation turn.
 * A message not checked yet has none.
 */
public enum Safety {
    /** Nothing that needs an answer before the conversation's own. */
    NONE,
    /**
     * Distress without a stated risk: a short kind reply with the numbers was queued and a ROUTINE
     * event raised.
     */
    CONCERN,
    /** Risk to life: crisis support was queued and an URGENT event raised by the check itself. */
    CRISIS
}
