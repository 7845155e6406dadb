package org.whatmatters.backend.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;

/**
 * Security headers on every response, so every page (the alert link, the staff console, whatever
 * comes next) gets them without remembering to: a Content-Security-Policy that allows only this
 * origin's scripts, styles and forms and no framing ({@code frame-ancestors 'none'}, clickjacking);
 * no Referer sent onwards (links carry tokens); no MIME sniffing; and {@code Cache-Control:
 * no-store} on pages and JSON, which may be personal, unless a handler chose its own caching
 * (static assets).
 */
@ServerFilter("/**")
class SecurityHeadersFilter {

    static final String PAGE_POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'";

    /** Micronaut's generated Swagger UI page starts itself with an inline script. */
    static final String SWAGGER_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        // a page that set its own (stricter) policy keeps it
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "Referrer-Policy", "no-referrer");
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(
                headers,
                "Content-Security-Policy",
                request.getPath().startsWith("/swagger-ui") ? SWAGGER_POLICY : PAGE_POLICY);
        Optional<MediaType> type = response.getContentType();
        boolean pageOrData =
                type.isEmpty()
                        || type.get().matches(MediaType.TEXT_HTML_TYPE)
                        || type.get().getSubtype().contains("json")
                        || type.get().matches(MediaType.TEXT_PLAIN_TYPE);
        if (pageOrData) {
            setIfAbsent(headers, "Cache-Control", "no-store");
        }
    }

    private static void setIfAbsent(
            io.micronaut.http.MutableHttpHeaders headers, String name, String value) {
        if (headers.get(name) == null) {
            headers.add(name, value);
        }
    }
}
