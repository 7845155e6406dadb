package org.whatmatters.backend.directory;

import io.micronaut.serde.annotation.Serdeable;

/** What is wrong with one field of a directory entry, care team or coordinator. */
@Serdeable
public record FieldProblem(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
