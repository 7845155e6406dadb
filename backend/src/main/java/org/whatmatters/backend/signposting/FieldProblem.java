package org.whatmatters.backend.signposting;

import io.micronaut.serde.annotation.Serdeable;

/** What is wrong with one field of a directory entry. */
@Serdeable
public record FieldProblem(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
