package org.whatmatters.backend.person;

/**
 * Published inside the transaction that raised an event, for the alerts to be made in the same
 * transaction.
 */
public record PersonEventRaised(PersonEvent event) {}
