package org.whatmatters.backend.errors;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last word on any exception no more specific handler took (Micronaut's own handlers for bad
 * requests, security and validation still answer those): instead of the framework's 500 that quotes
 * the exception's message (a database error with its SQL, column and the submitted value), the
 * caller gets a fixed problem with a reference, and the log gets that reference and a category
 * only. A database that cannot be reached is a 503, so Twilio's retry policy applies to webhooks.
 * The exception itself is logged at DEBUG, without any message (see {@link
 * ThrowableWithoutMessages}), for a developer who turns that on.
 */
@Produces
@Singleton
@Requires(classes = {Exception.class, ExceptionHandler.class})
class UnexpectedErrorHandler
        implements ExceptionHandler<Exception, HttpResponse<UnexpectedErrorHandler.Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    /** RFC 9457 problem details, with nothing in them from the failure itself. */
    @Serdeable
    record Problem(String type, String title, int status, String detail, String reference) {}

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
        ErrorCategory category = ErrorCategory.of(exception);
        String reference = UUID.randomUUID().toString();
        String route = request.getMethodName() + " " + RouteTemplate.of(request);
        LOG.error(
                "request failed: reference {}, category {}, on {}",
                reference,
                category.label,
                route);
        if (LOG.isDebugEnabled()) {
            LOG.debug("request failed: reference {}", reference, exception);
        }
        String detail =
                category == ErrorCategory.DATABASE_UNAVAILABLE
                        ? "The service cannot reach its database just now; try again shortly."
                        : "Something went wrong on our side; nothing more is shown here. Quote the reference when asking about it.";
        return HttpResponse.<Problem>status(category.status)
                .contentType(PROBLEM_JSON)
                .body(
                        new Problem(
                                "about:blank",
                                category.status.getReason(),
                                category.status.getCode(),
                                detail,
                                reference));
    }
}
