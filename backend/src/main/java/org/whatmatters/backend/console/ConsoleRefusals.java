package org.whatmatters.backend.console;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.whatmatters.backend.console.session.SignInPaths;

/**
 * Refusals on console pages: not signed in (or the session ended) goes to the sign-in page, which
 * brings you back; signed in without the right role is a 403 page. The API keeps Micronaut's
 * answers (401 with a Bearer challenge, 403), as problems.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class ConsoleRefusals extends DefaultAuthorizationExceptionHandler {

    private static final String FORBIDDEN =
            "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                    + "<title>No access – WhatMatters</title><link rel=\"stylesheet\" href=\"/static/nhsuk/nhsuk-frontend.min.css\"></head>"
                    + "<body><div class=\"nhsuk-width-container\"><main class=\"nhsuk-main-wrapper\" id=\"main-content\">"
                    + "<h1>You do not have access to this page</h1><p>Your account's role does not include it.</p>"
                    + "<p><a href=\"/console\">Back to your start page</a></p></main></div></body></html>";

    ConsoleRefusals(
            ErrorResponseProcessor<?> errorResponseProcessor,
            RedirectConfiguration redirectConfiguration,
            RedirectService redirectService,
            List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challenges,
            @Nullable PriorToLoginPersistence priorToLoginPersistence) {
        super(
                errorResponseProcessor,
                redirectConfiguration,
                redirectService,
                challenges,
                priorToLoginPersistence);
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!ConsolePaths.isConsole(request)) {
            return super.handle(request, exception);
        }
        if (exception.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(FORBIDDEN);
        }
        if (request.getHeaders().contains("HX-Request")) {
            // an htmx refresh after the session ended: send the whole page to the sign-in form
            return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                    .header("HX-Redirect", SignInPaths.SIGN_IN);
        }
        String back =
                request.getMethod().name().equals("GET")
                        ? "?next="
                                + URLEncoder.encode(
                                        request.getUri().toString(), StandardCharsets.UTF_8)
                        : "";
        return HttpResponse.seeOther(URI.create(SignInPaths.SIGN_IN + back));
    }
}
