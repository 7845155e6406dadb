package org.whatmatters.backend.problem;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One field that broke a rule, and what is wrong with it, in words the person who typed it can act
 * on.
 */
@Serdeable
public record FieldError(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
