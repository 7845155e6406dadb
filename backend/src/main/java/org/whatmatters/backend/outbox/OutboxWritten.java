package org.whatmatters.backend.outbox;

/**
 * Published inside the transaction that queued a message; acted on only once that transaction
 * commits.
 */
record OutboxWritten(Long personId, OutboxLane lane) {}
