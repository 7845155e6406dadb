package org.whatmatters.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.caseload.PersonNote;
import org.whatmatters.backend.caseload.PersonNoteRepository;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;

/**
 * Walks every staff read route the router knows (not a hand list), as an admin and as the person's
 * partner, and for each answer that carries the person's data, requires an audit row naming the
 * reader, the route and (when the route is about one person) the person. A route added later is
 * walked too.
 */
// a redirect (the console's start page sends each role on to its own) is not a read: not followed
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@MicronautTest(environments = "test", transactional = false)
class PersonalReadsAuditTest extends WithAPartner {

    private static final String PHONE = "+447700900733";
    private static final String MARKER = "marker-allotment-4471";

    @Inject Router router;
    @Inject PersonNoteRepository notes;

    @Test
    void everyStaffRouteThatReturnsPersonalDataWritesAnAuditRow() {
        Long person = referred(PHONE, Map.of("preferred_name", "Dee", "stopped_enjoying", MARKER));
        notes.save(
                new PersonNote(
                        null,
                        person,
                        organisationId,
                        "sam.partner",
                        clock.instant(),
                        "note " + MARKER));
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        Map<String, StaffApi> readers =
                Map.of(
                        "ada.admin",
                        signIn("ada.admin", "admin-password-1"),
                        "sam.partner",
                        partner);

        BlockingHttpClient http =
                context.createBean(HttpClient.class, server.getURL()).toBlocking();
        List<String> personal = new ArrayList<>();
        List<String> unaudited = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : staffReadRoutes()) {
            String template = route.getUriMatchTemplate().toString();
            String path = expand(template, person);
            for (Map.Entry<String, StaffApi> reader : readers.entrySet()) {
                long before = database.queryForLong("SELECT COALESCE(MAX(id), 0) FROM staff_read");
                int status;
                String body;
                try {
                    var answer =
                            http.exchange(
                                    HttpRequest.GET(path)
                                            .header("X-Access-Reason", "audit walk")
                                            .bearerAuth(reader.getValue().token()),
                                    String.class);
                    status = answer.code();
                    body = answer.getBody().orElse("");
                } catch (HttpClientResponseException refused) {
                    continue;
                }
                if (status >= 300
                        || !(body.contains(MARKER)
                                || body.contains(PHONE)
                                || body.contains("Dee"))) {
                    continue;
                }
                personal.add(reader.getKey() + " GET " + template);
                List<List<Object>> rows =
                        database.query(
                                "SELECT staff, route, person_id, reason FROM staff_read WHERE id > ?",
                                before);
                boolean audited =
                        rows.stream()
                                .anyMatch(
                                        row ->
                                                row.get(0).equals(reader.getKey())
                                                        && row.get(1).toString().endsWith(template)
                                                        && (!template.contains("{personId}")
                                                                || (row.get(2) != null
                                                                        && person
                                                                                == ((Number)
                                                                                                row
                                                                                                        .get(
                                                                                                                2))
                                                                                        .longValue()))
                                                        && "audit walk".equals(row.get(3)));
                if (!audited) {
                    unaudited.add(reader.getKey() + " GET " + template);
                }
            }
        }
        assertThat(personal)
                .as("routes that returned the person's data")
                .hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(route -> route.contains("/partner/people/{personId}"))
                .anyMatch(route -> route.contains("/subject-access"));
        assertThat(unaudited).as("personal reads without an audit row").isEmpty();
    }

    private List<UriRouteInfo<?, ?>> staffReadRoutes() {
        List<UriRouteInfo<?, ?>> routes = new ArrayList<>();
        router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .forEach(
                        route -> {
                            String template = route.getUriMatchTemplate().toString();
                            if (!template.startsWith("/webhooks")
                                    && !template.startsWith("/alerts")
                                    && !template.startsWith("/swagger")
                                    && !template.startsWith("/health")
                                    && !template.startsWith("/prometheus")
                                    && !template.startsWith("/login")) {
                                routes.add(route);
                            }
                        });
        return routes;
    }

    private static String expand(String template, Long person) {
        return template.replaceAll("\\{[?&][^}]*}", "")
                .replace("{personId}", person.toString())
                .replace("{language}", "en")
                .replaceAll("\\{[^}]*}", person.toString());
    }
}
