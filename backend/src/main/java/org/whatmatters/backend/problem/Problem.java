package org.whatmatters.backend.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 7807 problem ({@code application/problem+json}): {@code type}, {@code title}, {@code
 * status}, {@code detail}, {@code instance}, and two extension members: {@code fields}, each field
 * that broke a rule with its problem, and {@code problems}, the same as sentences ("phone: 'call
 * us' is not a possible UK phone number").
 */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        List<FieldError> fields,
        List<String> problems) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(
            String type,
            String title,
            int status,
            @Nullable String detail,
            @Nullable String instance,
            List<FieldError> fields) {
        return new Problem(
                type,
                title,
                status,
                detail,
                instance,
                fields,
                fields.stream().map(FieldError::toString).toList());
    }
}
