package org.whatmatters.backend.console;

import io.micronaut.http.HttpRequest;
import java.util.Optional;
import org.whatmatters.backend.console.session.ConsoleSessions;

/** The signed-in console session a request belongs to (set when the session cookie was read). */
public final class ConsoleRequests {

    public static final String OPEN_SESSION = "wm.console.session";

    private ConsoleRequests() {}

    public static Optional<ConsoleSessions.Open> open(HttpRequest<?> request) {
        return request.getAttribute(OPEN_SESSION, ConsoleSessions.Open.class);
    }
}
