package org.whatmatters.backend.errors;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;

/**
 * A request's route as declared ({@code /alerts/{token}}), never its actual path, which may carry a
 * token, an id or anything else the caller put in it.
 */
final class RouteTemplate {

    private RouteTemplate() {}

    static String of(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toString())
                .orElse("(no route)");
    }
}
