package org.whatmatters.backend.problem;

import java.util.List;

/**
 * What was given breaks a rule: one message, and where it is about particular fields, each field's
 * problem.
 */
public final class Invalid extends DomainException {

    private final List<FieldError> fields;

    public Invalid(String message) {
        this(message, List.of());
    }

    /** One field is wrong: the message is "field: problem". */
    public static Invalid field(String field, String problem) {
        FieldError error = new FieldError(field, problem);
        return new Invalid(error.toString(), List.of(error));
    }

    public Invalid(String message, List<FieldError> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid request";
    }

    @Override
    public List<FieldError> fields() {
        return fields;
    }
}
