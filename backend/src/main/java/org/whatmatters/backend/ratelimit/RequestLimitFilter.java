package org.whatmatters.backend.ratelimit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.whatmatters.backend.ratelimit.RequestLimits.Kind;

/**
 * Refuses with 429 (and {@code Retry-After}) a client address that sends more sign-ins or
 * alert-link requests in a minute than its budget, before any password is hashed or token looked
 * up.
 */
@ServerFilter({"/login", "/alerts/**"})
class RequestLimitFilter {

    private final RequestLimits limits;
    private final ClientAddress addresses;

    RequestLimitFilter(RequestLimits limits, ClientAddress addresses) {
        this.limits = limits;
        this.addresses = addresses;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> limit(HttpRequest<?> request) {
        Kind kind = request.getPath().startsWith("/login") ? Kind.SIGN_IN : Kind.ALERT_LINK;
        if (kind == Kind.SIGN_IN && request.getMethod() != HttpMethod.POST) {
            return null;
        }
        String address = addresses.of(request);
        if (limits.tryTake(kind, address == null ? "unknown" : address)) {
            return null;
        }
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", "60")
                .body(java.util.Map.of("message", "Too many requests: try again in a minute"));
    }
}
