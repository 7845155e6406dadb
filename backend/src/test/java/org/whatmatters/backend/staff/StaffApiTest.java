package org.whatmatters.backend.staff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.whatmatters.backend.support.Database;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "whatmatters.admin.username", value = "admin")
@Property(name = "whatmatters.admin.password", value = "first-admin-password")
class StaffApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject io.micronaut.context.ApplicationContext context;
    @Inject FirstAdmin firstAdmin;

    private BlockingHttpClient http;
    private Database database;

    @BeforeEach
    void onlyTheFirstAdmin() {
        http = client.toBlocking();
        database = new Database(context);
        database.clear();
        firstAdmin.onStartup(null);
    }

    @Test
    void theFirstAdminSignsInAndGetsAJwtCarryingTheRole() throws Exception {
        String token = login("admin", "first-admin-password");

        JsonNode claims = claims(token);
        assertThat(claims.get("sub").asText()).isEqualTo("admin");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(claims.has("exp")).isTrue();
    }

    @Test
    void aWrongPasswordOrUnknownUserIs401() {
        assertThat(loginStatus("admin", "not-the-password"))
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(loginStatus("nobody", "first-admin-password"))
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        String hash =
                (String)
                        database.query(
                                        "SELECT password_hash FROM staff_account WHERE username = 'admin'")
                                .get(0)
                                .get(0);
        assertThat(hash).startsWith("$2a$12$").doesNotContain("first-admin-password");
    }

    @Test
    void theAdminCreatesAPartnerInAnOrganisationWhoseTokenCarriesIt() throws Exception {
        String admin = login("admin", "first-admin-password");
        Map<?, ?> organisation =
                http.retrieve(
                        auth(
                                HttpRequest.POST(
                                        "/staff/organisations",
                                        Map.of("name", "Mind in Example Town")),
                                admin),
                        Map.class);
        long organisationId = ((Number) organisation.get("id")).longValue();

        http.exchange(
                auth(
                        HttpRequest.POST(
                                "/staff/accounts",
                                Map.of(
                                        "username",
                                        "sam.partner",
                                        "password",
                                        "partner-password-1",
                                        "role",
                                        "PARTNER",
                                        "organisationId",
                                        organisationId)),
                        admin));

        String partner = login("sam.partner", "partner-password-1");
        assertThat(claims(partner).get("organisationId").asLong()).isEqualTo(organisationId);
        Map<?, ?> me = http.retrieve(auth(HttpRequest.GET("/staff/me"), partner), Map.class);
        assertThat(me.get("username")).isEqualTo("sam.partner");
        assertThat(me.get("roles")).isEqualTo(List.of("PARTNER"));
        assertThat(((Number) me.get("organisationId")).longValue()).isEqualTo(organisationId);
    }

    @Test
    void accountRulesAreEnforced() {
        String admin = login("admin", "first-admin-password");

        assertThat(
                        createStatus(
                                admin,
                                Map.of(
                                        "username",
                                        "p1",
                                        "password",
                                        "partner-password-1",
                                        "role",
                                        "PARTNER")))
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(
                        createStatus(
                                admin,
                                Map.of(
                                        "username",
                                        "i1",
                                        "password",
                                        "short",
                                        "role",
                                        "INTERPRETER")))
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(
                        createStatus(
                                admin,
                                Map.of(
                                        "username",
                                        "admin",
                                        "password",
                                        "another-password",
                                        "role",
                                        "ADMIN")))
                .isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(
                        createStatus(
                                admin,
                                Map.of(
                                        "username",
                                        "i1",
                                        "password",
                                        "interpreter-pass",
                                        "role",
                                        "INTERPRETER")))
                .isEqualTo(HttpStatus.CREATED.getCode());
    }

    @Test
    void anInterpreterTokenOnAnAdminEndpointIs403AndNoTokenIs401() {
        String admin = login("admin", "first-admin-password");
        createStatus(
                admin,
                Map.of(
                        "username",
                        "ivy.interpreter",
                        "password",
                        "interpreter-pass",
                        "role",
                        "INTERPRETER"));
        String interpreter = login("ivy.interpreter", "interpreter-pass");

        assertThat(status(auth(HttpRequest.GET("/staff/accounts"), interpreter)))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(
                        status(
                                auth(
                                        HttpRequest.POST(
                                                "/staff/accounts",
                                                Map.of(
                                                        "username",
                                                        "x",
                                                        "password",
                                                        "xxxxxxxxxxxxxxxx",
                                                        "role",
                                                        "ADMIN")),
                                        interpreter)))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(status(HttpRequest.GET("/staff/accounts")))
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(database.count("staff_account")).isEqualTo(2);
    }

    @Test
    void theAccountListNeverShowsPasswordHashes() {
        String admin = login("admin", "first-admin-password");

        String body = http.retrieve(auth(HttpRequest.GET("/staff/accounts"), admin), String.class);

        assertThat(body)
                .contains("\"username\":\"admin\"")
                .doesNotContain("password")
                .doesNotContain("$2a$");
    }

    private String login(String username, String password) {
        Map<?, ?> answer =
                http.retrieve(
                        HttpRequest.POST(
                                "/login", Map.of("username", username, "password", password)),
                        Map.class);
        return (String) answer.get("access_token");
    }

    private int loginStatus(String username, String password) {
        return status(
                HttpRequest.POST("/login", Map.of("username", username, "password", password)));
    }

    private int createStatus(String token, Map<String, Object> account) {
        return status(auth(HttpRequest.POST("/staff/accounts", account), token));
    }

    private int status(HttpRequest<?> request) {
        try {
            return http.exchange(request, Argument.of(String.class), Argument.of(String.class))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request, String token) {
        return request.bearerAuth(token);
    }

    private static JsonNode claims(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8));
    }
}
