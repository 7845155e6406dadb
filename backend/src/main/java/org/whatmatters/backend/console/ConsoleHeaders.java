package org.whatmatters.backend.console;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Console pages hold personal details: never cached by the browser or a proxy, never framed by
 * another site (clickjacking), and no address of theirs sent to another site as a referrer.
 */
@ServerFilter(ConsolePaths.ROOT + "/**")
class ConsoleHeaders {

    @ResponseFilter
    void protect(MutableHttpResponse<?> response) {
        response.header("Cache-Control", "no-store");
        response.header("X-Frame-Options", "DENY");
        response.header("Content-Security-Policy", "frame-ancestors 'none'");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Content-Type-Options", "nosniff");
    }
}
