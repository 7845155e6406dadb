package org.whatmatters.backend.console.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.whatmatters.backend.console.ConsoleSettings;

/**
 * The console's cookies: the session ({@code wm_session}) and, before sign-in, the sign-in form's
 * CSRF token ({@code wm_signin}). Both HttpOnly, SameSite=Strict, limited to {@code /console}, and
 * Secure behind HTTPS.
 */
@Singleton
public class SessionCookie {

    public static final String SESSION = "wm_session";
    public static final String SIGN_IN = "wm_signin";

    private final ConsoleSettings settings;

    SessionCookie(ConsoleSettings settings) {
        this.settings = settings;
    }

    public Cookie session(String token, HttpRequest<?> request) {
        return cookie(SESSION, token, request);
    }

    public Cookie signIn(String token, HttpRequest<?> request) {
        return cookie(SIGN_IN, token, request);
    }

    /** An expired copy, which makes the browser forget it. */
    public Cookie cleared(String name, HttpRequest<?> request) {
        return cookie(name, "", request).maxAge(Duration.ZERO);
    }

    public static Optional<String> read(HttpRequest<?> request, String name) {
        return request.getCookies()
                .findCookie(name)
                .map(Cookie::getValue)
                .filter(value -> !value.isBlank());
    }

    private Cookie cookie(String name, String value, HttpRequest<?> request) {
        return Cookie.of(name, value)
                .path("/console")
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(secure(request));
    }

    private boolean secure(HttpRequest<?> request) {
        return switch (settings.secureCookie()) {
            case "true" -> true;
            case "false" -> false;
            default ->
                    request.isSecure()
                            || "https"
                                    .equalsIgnoreCase(
                                            request.getHeaders().get("X-Forwarded-Proto"));
        };
    }
}
