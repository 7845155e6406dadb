package org.whatmatters.backend.directory;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

import java.util.List;

/** Fields as they will be stored, or what is wrong with them (each problem names its field). */
public record Checked<T>(T fields, List<FieldProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The fields when they keep every rule, else a 400 whose {@link Problems} say {@code message} and list each problem. */
    public T orRefuse(String message) {
        if (!ok()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST,
                    new Problems(message, problems.stream().map(FieldProblem::toString).toList()));
        }
        return fields;
    }
}
