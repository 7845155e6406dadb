package org.whatmatters.backend.directory;

import java.util.List;
import org.whatmatters.backend.problem.FieldError;
import org.whatmatters.backend.problem.Invalid;

/** Fields as they will be stored, or what is wrong with them (each problem names its field). */
public record Checked<T>(T fields, List<FieldProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * The fields when they keep every rule, else {@link Invalid} saying {@code message} with each
     * field's problem.
     */
    public T orRefuse(String message) {
        if (!ok()) {
            throw new Invalid(
                    message,
                    problems.stream()
                            .map(problem -> new FieldError(problem.field(), problem.problem()))
                            .toList());
        }
        return fields;
    }
}
