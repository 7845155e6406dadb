package org.whatmatters.backend.console.session;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import org.whatmatters.backend.console.ConsolePaths;
import org.whatmatters.backend.console.ConsoleRequests;
import org.whatmatters.backend.staff.StaffAccount;

/**
 * Signs console requests in from the session cookie, with the same role and organisation attributes
 * a bearer token carries, so {@code @Secured} and every access check treat a page exactly as the
 * API. Only {@code /console} paths read the cookie: the JSON API stays bearer-only.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    /**
     * Request attribute holding the {@link ConsoleSessions.Open} session, for the CSRF check and
     * the pages.
     */
    static final String OPEN_SESSION = ConsoleRequests.OPEN_SESSION;

    private final ConsoleSessions sessions;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(
            ConsoleSessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!ConsolePaths.isConsole(request)) {
            return Publishers.empty();
        }
        return SessionCookie.read(request, SessionCookie.SESSION)
                .<Publisher<Authentication>>map(
                        token ->
                                Publishers.fromCompletableFuture(
                                        CompletableFuture.supplyAsync(
                                                () ->
                                                        sessions.find(
                                                                        token,
                                                                        !ConsolePaths.isAutomatic(
                                                                                request))
                                                                .map(
                                                                        open -> {
                                                                            request.setAttribute(
                                                                                    OPEN_SESSION,
                                                                                    open);
                                                                            return authentication(
                                                                                    open.account());
                                                                        })
                                                                .orElse(null),
                                                blocking)))
                .orElse(Publishers.empty());
    }

    static Authentication authentication(StaffAccount account) {
        Map<String, Object> attributes = new HashMap<>();
        if (account.organisationId() != null) {
            attributes.put(
                    org.whatmatters.backend.security.SignedIn.ORGANISATION_CLAIM,
                    account.organisationId());
        }
        return Authentication.build(account.username(), List.of(account.role().name()), attributes);
    }
}
