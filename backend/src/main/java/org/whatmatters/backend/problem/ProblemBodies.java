package org.whatmatters.backend.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place an error becomes a JSON body: every refusal the API makes — a domain exception from
 * a service, a body that is not valid JSON, a failed {@code @Valid} check, an unknown route — is an
 * RFC 7807 problem. Framework messages are kept only when they name no Java type; otherwise a plain
 * sentence replaces them.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodies implements JsonErrorResponseBodyProvider<Problem> {

    /**
     * A qualified Java name (org.example.Thing, java.time.Instant) or a simple one in backticks.
     */
    private static final Pattern JAVA_NAME =
            Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*|`[A-Z][\\w$.]*`");

    private static final Pattern INTERNALS =
            Pattern.compile("(?i)deserializ|serializ|exception|introspect|\\bbean\\b|argument \\[");

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String instance = context.getRequest().getPath();
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent() && cause.get() instanceof DomainException domain) {
            return Problem.of(
                    type(status),
                    domain.title(),
                    status,
                    domain.getMessage(),
                    instance,
                    domain.fields());
        }
        if (cause.isPresent() && cause.get() instanceof ConstraintViolationException violations) {
            List<FieldError> fields =
                    violations.getConstraintViolations().stream()
                            .map(
                                    violation ->
                                            new FieldError(
                                                    field(violation.getPropertyPath().toString()),
                                                    violation.getMessage()))
                            .sorted(java.util.Comparator.comparing(FieldError::field))
                            .toList();
            return Problem.of(
                    type(status),
                    "Invalid request",
                    status,
                    fields.size() == 1
                            ? fields.get(0).toString()
                            : "some fields are not right: see fields",
                    instance,
                    fields);
        }
        String detail = null;
        List<FieldError> fields = new ArrayList<>();
        for (Error error : context.getErrors()) {
            String message = readable(error.getMessage(), status);
            Optional<String> path = error.getPath().map(ProblemBodies::field);
            if (path.isPresent()) {
                fields.add(new FieldError(path.get(), message));
            } else if (detail == null) {
                detail = message;
            }
        }
        if (detail == null && !fields.isEmpty()) {
            detail =
                    fields.size() == 1
                            ? fields.get(0).toString()
                            : "some fields are not right: see problems";
        }
        return Problem.of(type(status), title(status), status, detail, instance, fields);
    }

    /** A framework message as a person can read it, without the names of Java types. */
    static String readable(String message, int status) {
        if (message == null || message.isBlank()) {
            return title(status);
        }
        if (JAVA_NAME.matcher(message).find() || INTERNALS.matcher(message).find()) {
            return status == 400
                    ? "the request could not be read: check the JSON, the field names and the kind of each value"
                    : title(status);
        }
        return message;
    }

    /** "create.account.password" (a @Valid path) becomes "password". */
    private static String field(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String type(int status) {
        return "https://whatmatters.example/problems/" + status;
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.valueOf(status);
        return known == null ? "Error" : known.getReason();
    }
}
