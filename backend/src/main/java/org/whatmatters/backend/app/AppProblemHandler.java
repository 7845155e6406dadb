package org.whatmatters.backend.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers an {@link AppProblem} as {@code application/problem+json}. */
@Produces
@Singleton
@Requires(classes = {AppProblem.class, ExceptionHandler.class})
class AppProblemHandler implements ExceptionHandler<AppProblem, HttpResponse<Problem>> {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AppProblem problem) {
        return HttpResponse.<Problem>status(problem.status())
                .contentType(PROBLEM_JSON)
                .body(
                        new Problem(
                                "https://whatmatters.example.org/problems/" + problem.type(),
                                problem.title(),
                                problem.status().getCode(),
                                problem.getMessage()));
    }
}
