package org.whatmatters.backend.outbox;

/**
 * A message was written for the app (status {@link OutboundStatus#IN_APP}); published inside the
 * writing transaction. {@code reply}: it answers a message the person sent in the app (so the app
 * has it in that answer's response).
 */
public record InAppQueued(Long messageId, Long personId, OutboxLane lane, boolean reply) {}
