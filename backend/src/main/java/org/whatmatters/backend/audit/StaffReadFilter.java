package org.whatmatters.backend.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link StaffRead} for every successful read by signed-in staff: every GET a staff token
 * or session made that answered 2xx, whatever the route, so a new page or endpoint is audited
 * without anyone remembering to. The person is the route's {@code {personId}} when it has one; the
 * reason is the reader's {@code X-Access-Reason} header (or {@code reason} query value). If the row
 * cannot be written the answer is withheld (500): personal data does not leave unaudited.
 */
@ServerFilter("/**")
class StaffReadFilter {

    static final String REASON_HEADER = "X-Access-Reason";
    private static final Logger LOG = LoggerFactory.getLogger(StaffReadFilter.class);

    private final StaffReadRepository reads;
    private final Clock clock;

    StaffReadFilter(StaffReadRepository reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> audit(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET || response.getStatus().getCode() >= 300) {
            return null;
        }
        Optional<Authentication> who = request.getUserPrincipal(Authentication.class);
        if (who.isEmpty()) {
            return null;
        }
        Optional<UriRouteMatch> route =
                request.getAttribute(
                        io.micronaut.http.HttpAttributes.ROUTE_MATCH, UriRouteMatch.class);
        String template = routeTemplate(route, request);
        try {
            reads.save(
                    new StaffRead(
                            null,
                            cut(who.get().getName(), 100),
                            cut(String.join(",", who.get().getRoles()), 100),
                            route.flatMap(StaffReadFilter::personId).orElse(null),
                            cut(template, 300),
                            cut(request.getPath(), 500),
                            reason(request),
                            clock.instant()));
            return null;
        } catch (RuntimeException e) {
            LOG.error(
                    "a staff read of {} could not be audited; the answer is withheld", template, e);
            return HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .body(Map.of("message", "Internal Server Error"));
        }
    }

    private static String routeTemplate(Optional<UriRouteMatch> route, HttpRequest<?> request) {
        return route.map(
                        match ->
                                request.getMethodName()
                                        + " "
                                        + match.getRouteInfo().getUriMatchTemplate().toString())
                .orElse(request.getMethodName() + " " + request.getPath());
    }

    private static Optional<Long> personId(RouteMatch<?> match) {
        Object value = match.getVariableValues().get("personId");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(value.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Nullable
    private static String reason(HttpRequest<?> request) {
        String said = request.getHeaders().get(REASON_HEADER);
        if (said == null || said.isBlank()) {
            said = request.getParameters().get("reason");
        }
        return said == null || said.isBlank() ? null : cut(said.strip(), 500);
    }

    private static String cut(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
