package org.whatmatters.backend.management;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import java.util.Set;
import org.whatmatters.backend.ratelimit.ClientAddress;

/**
 * Management endpoints answer in full only to the addresses in MANAGEMENT_ALLOWED_ADDRESSES (by
 * default this machine): {@code /prometheus} is 404 to anyone else, and {@code /health} tells
 * anyone else only UP or DOWN, without the components behind it (database, disk space, ...), which
 * say too much about the system.
 */
@ServerFilter({"/prometheus", "/prometheus/**", "/health", "/health/**"})
class ManagementAccessFilter {

    private static final String OUTSIDE = ManagementAccessFilter.class.getName() + ".outside";

    private final Set<String> allowed;
    private final ClientAddress addresses;

    ManagementAccessFilter(ManagementSettings settings, ClientAddress addresses) {
        this.allowed = settings.allowed();
        this.addresses = addresses;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseOutsiders(HttpRequest<?> request) {
        if (allowed.contains(addresses.of(request))) {
            return null;
        }
        if (request.getPath().startsWith("/prometheus")) {
            return HttpResponse.notFound();
        }
        request.setAttribute(OUTSIDE, Boolean.TRUE);
        return null;
    }

    @ResponseFilter
    void statusOnlyForOutsiders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(OUTSIDE).isPresent()) {
            response.body(Map.of("status", response.getStatus() == HttpStatus.OK ? "UP" : "DOWN"));
        }
    }
}
