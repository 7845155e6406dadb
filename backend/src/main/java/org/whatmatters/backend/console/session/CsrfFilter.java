package org.whatmatters.backend.console.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.console.ConsolePaths;

/**
 * Every console request that changes something (POST, PUT, PATCH, DELETE) must carry the CSRF token
 * of its session, as the form field {@code _csrf} or the header {@code X-CSRF-Token} (htmx); the
 * sign-in form carries the token of its own cookie. Anything else is refused with 403 before it
 * reaches a page.
 */
@ServerFilter(ConsolePaths.ROOT + "/**")
class CsrfFilter implements Ordered {

    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);
    private static final Set<HttpMethod> CHANGES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final ConsoleSessions sessions;

    CsrfFilter(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (!CHANGES.contains(request.getMethod())) {
            return null;
        }
        Optional<String> expected =
                request.getPath().equals(SignInPaths.SIGN_IN)
                        ? SessionCookie.read(request, SessionCookie.SIGN_IN)
                        : SessionCookie.read(request, SessionCookie.SESSION)
                                .flatMap(token -> sessions.find(token, false))
                                .map(open -> open.session().csrfToken());
        Optional<String> given =
                Optional.ofNullable(request.getHeaders().get(HEADER)).or(() -> formField(request));
        if (expected.isPresent() && given.isPresent() && same(expected.get(), given.get())) {
            return null;
        }
        LOG.info("console request refused: missing or wrong CSRF token");
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(REFUSED);
    }

    private static final String REFUSED =
            "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Form expired – WhatMatters</title></head>"
                    + "<body><main><h1>This form has expired</h1><p>Nothing was changed. Go back, reload the page and try again."
                    + "</p><p><a href=\"/console\">Back to the console</a></p></main></body></html>";

    private static Optional<String> formField(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)
                || !request.getContentType()
                        .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                        .orElse(false)) {
            return Optional.empty();
        }
        try (CloseableByteBody copy =
                        server.byteBody()
                                .split(ByteBody.SplitBackpressureMode.FASTEST)
                                .allowDiscard();
                InputStream in = copy.toInputStream()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0
                        && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8)
                                .equals(FIELD)) {
                    return Optional.of(
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
