package org.whatmatters.backend.problem;

import java.util.List;

/**
 * What a service refuses, in the domain's words: a thing that is not there, a step that conflicts
 * with the state things are in, or fields that break a rule. Services throw these instead of HTTP
 * exceptions; {@link ProblemResponses} turns them into RFC 7807 problems for the API and the
 * console turns them into messages beside the fields.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, Invalid, Forbidden {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** The HTTP status the API answers with. */
    public abstract int status();

    /** A short, fixed title for the kind of problem (RFC 7807 {@code title}). */
    public abstract String title();

    /**
     * Each field that broke a rule, with what is wrong; empty when the problem is not about one
     * field.
     */
    public List<FieldError> fields() {
        return List.of();
    }
}
