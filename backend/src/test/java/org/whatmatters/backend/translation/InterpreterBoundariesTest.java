package org.whatmatters.backend.translation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.StaffAccounts;
import org.whatmatters.backend.support.Database;

/**
 * An interpreter works on texts and never sees a person: every route of the application outside the
 * interpreter's own (translations, who am I) refuses an interpreter's token. Routes added later — a
 * person's summary, a transcript — are covered without touching this test.
 */
@MicronautTest(environments = "test", transactional = false)
class InterpreterBoundariesTest {

    private static final List<String> INTERPRETER_ROUTES =
            List.of("/translations", "/staff/me", "/login");

    /**
     * Open to anyone, and holding nothing about a person (an alert's link page shows only its
     * urgency and time).
     */
    private static final List<String> PUBLIC_ROUTES =
            List.of(
                    "/health",
                    "/prometheus",
                    "/swagger",
                    "/webhooks/",
                    "/alerts/",
                    // the staff console's pages: signed in by session, their roles checked by the
                    // console's own tests
                    "/console",
                    // the app's sign-in: anyone may ask for a code (rate-limited); every other app
                    // route wants a person token
                    "/api/app/v1/sign-in");

    @Inject Router router;
    @Inject io.micronaut.context.ApplicationContext context;
    @Inject io.micronaut.runtime.server.EmbeddedServer server;
    @Inject StaffAccounts staff;

    @Test
    void everyOtherRouteRefusesAnInterpretersToken() {
        new Database(context).clear();
        staff.create("ivy", "interpreter-password", Role.INTERPRETER, null, null);
        BlockingHttpClient http =
                context.createBean(HttpClient.class, server.getURL()).toBlocking();
        String token =
                (String)
                        http.retrieve(
                                        HttpRequest.POST(
                                                "/login",
                                                Map.of(
                                                        "username",
                                                        "ivy",
                                                        "password",
                                                        "interpreter-password")),
                                        Map.class)
                                .get("access_token");

        List<String> checked = new ArrayList<>();
        router.uriRoutes()
                .forEach(
                        route -> {
                            String template = route.getUriMatchTemplate().toString();
                            if (INTERPRETER_ROUTES.stream().anyMatch(template::startsWith)
                                    || PUBLIC_ROUTES.stream().anyMatch(template::startsWith)) {
                                return;
                            }
                            String path = template.replaceAll("\\{[^}]+}", "1");
                            MutableHttpRequest<Object> request =
                                    HttpRequest.create(route.getHttpMethod(), path)
                                            .bearerAuth(token);
                            if (route.getHttpMethod() == HttpMethod.POST
                                    || route.getHttpMethod() == HttpMethod.PUT) {
                                request.body(Map.of());
                            }
                            assertThat(status(http, request))
                                    .as(route.getHttpMethod() + " " + template)
                                    .isEqualTo(403);
                            checked.add(route.getHttpMethod() + " " + template);
                        });
        assertThat(checked)
                .as("the staff API is among the routes checked")
                .contains(
                        "GET /staff/accounts", "POST /staff/accounts", "GET /staff/organisations");
    }

    private static int status(BlockingHttpClient http, HttpRequest<?> request) {
        try {
            return http.exchange(request, Argument.of(String.class), Argument.of(String.class))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
