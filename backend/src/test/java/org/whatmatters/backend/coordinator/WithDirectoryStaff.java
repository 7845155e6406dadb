package org.whatmatters.backend.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.staff.OrganisationRepository;
import org.whatmatters.backend.staff.Role;
import org.whatmatters.backend.staff.StaffAccounts;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.StaffApi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Base for the directory's API tests: empty tables, and a signed-in partner and admin, with an interpreter's
 * and a coordinator's account beside them (a coordinator's login can be linked to their directory entry).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithDirectoryStaff {

    static final String PASSWORD = "a-password-long-enough";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ApplicationContext context;
    @Inject
    StaffAccounts staff;
    @Inject
    OrganisationRepository organisations;

    BlockingHttpClient http;
    Database database;
    StaffApi partner;
    StaffApi admin;
    Long coordinatorLogin;
    Long interpreterLogin;

    @BeforeEach
    void staffAndAnEmptyDirectory() {
        http = client.toBlocking();
        database = new Database(context);
        database.clear();
        Organisation mind = organisations.save(new Organisation(null, "Mind in Example Town", Instant.now(), null));
        staff.create("pat.partner", PASSWORD, Role.PARTNER, mind.id(), null);
        staff.create("ada.admin", PASSWORD, Role.ADMIN, null, null);
        interpreterLogin = staff.create("ivy.interpreter", PASSWORD, Role.INTERPRETER, null, null).id();
        coordinatorLogin = staff.create("cory.coordinator", PASSWORD, Role.COORDINATOR, null, null).id();
        partner = signIn("pat.partner");
        admin = signIn("ada.admin");
    }

    StaffApi signIn(String username) {
        return StaffApi.signIn(http, username, PASSWORD);
    }

    /** A good team in Bradford; {@code changes} replace or add fields. */
    static Map<String, Object> team(String name, Map<String, Object> changes) {
        Map<String, Object> fields = new HashMap<>(Map.of("name", name, "organisation", "Bradford District Care NHS FT",
                "dutyPhone", "01274 228300", "dutyEmail", "north.duty@nhs.net", "workingDays", "Mon-Fri", "opensAt", "9:00",
                "closesAt", "17:00"));
        fields.putAll(changes);
        return fields;
    }

    long addTeam(String name, Map<String, Object> changes) {
        return partner.post("/staff/care-teams", team(name, changes)).get("id").asLong();
    }

    long addCoordinator(String name, long teamId, String phone) {
        return partner.post("/staff/coordinators", Map.of("name", name, "teamId", teamId, "phone", phone)).get("id").asLong();
    }

    StaffApi.Answer importCsv(String path, String csv) {
        return partner.send(HttpRequest.POST(path, csv).contentType("text/csv"));
    }

    /** What an export answered: its content type and the CSV. */
    HttpResponse<String> export(String path) {
        return http.exchange(HttpRequest.GET(path).bearerAuth(login("pat.partner")), String.class);
    }

    static List<String> names(JsonNode entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(entry -> names.add(entry.get("name").asText()));
        return names;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    int status(HttpRequest<?> request) {
        try {
            return http.exchange(request, Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    String login(String username) {
        return (String) http.retrieve(HttpRequest.POST("/login", Map.of("username", username, "password", PASSWORD)), Map.class)
                .get("access_token");
    }
}
