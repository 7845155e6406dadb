package org.whatmatters.backend.support;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.staff.OrganisationRepository;
import org.whatmatters.backend.staff.StaffAccounts;

/**
 * Base for the directories' API tests (care teams and coordinators, local services): empty tables,
 * and a signed-in partner and admin, with an interpreter's and a coordinator's account beside them
 * (a coordinator's login can be linked to their directory entry).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithDirectoryStaff {

    protected static final String PASSWORD = "a-password-long-enough";

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject protected ApplicationContext context;
    @Inject protected StaffAccounts staff;
    @Inject protected OrganisationRepository organisations;

    protected BlockingHttpClient http;
    protected Database database;
    protected StaffApi partner;
    protected StaffApi admin;
    protected Long coordinatorLogin;
    protected Long interpreterLogin;

    @BeforeEach
    void staffAndAnEmptyDirectory() {
        http = client.toBlocking();
        database = new Database(context);
        database.clear();
        Organisation mind =
                organisations.save(
                        new Organisation(null, "Mind in Example Town", Instant.now(), null));
        staff.create("pat.partner", PASSWORD, Role.PARTNER, mind.id(), null);
        staff.create("ada.admin", PASSWORD, Role.ADMIN, null, null);
        interpreterLogin =
                staff.create("ivy.interpreter", PASSWORD, Role.INTERPRETER, null, null).id();
        coordinatorLogin =
                staff.create("cory.coordinator", PASSWORD, Role.COORDINATOR, null, null).id();
        partner = signIn("pat.partner");
        admin = signIn("ada.admin");
    }

    protected StaffApi signIn(String username) {
        return StaffApi.signIn(http, username, PASSWORD);
    }

    /** A good team in Bradford; {@code changes} replace or add fields. */
    protected static Map<String, Object> team(String name, Map<String, Object> changes) {
        Map<String, Object> fields =
                new HashMap<>(
                        Map.of(
                                "name",
                                name,
                                "organisation",
                                "Bradford District Care NHS FT",
                                "dutyPhone",
                                "01274 228300",
                                "dutyEmail",
                                "north.duty@nhs.net",
                                "workingDays",
                                "Mon-Fri",
                                "opensAt",
                                "9:00",
                                "closesAt",
                                "17:00"));
        fields.putAll(changes);
        return fields;
    }

    protected long addTeam(String name, Map<String, Object> changes) {
        return partner.post("/staff/care-teams", team(name, changes)).get("id").asLong();
    }

    protected long addCoordinator(String name, long teamId, String phone) {
        return partner.post(
                        "/staff/coordinators",
                        Map.of("name", name, "teamId", teamId, "phone", phone))
                .get("id")
                .asLong();
    }

    protected StaffApi.Answer importCsv(String path, String csv) {
        return partner.send(HttpRequest.POST(path, csv).contentType("text/csv"));
    }

    /** What an export answered: its content type and the CSV. */
    protected HttpResponse<String> export(String path) {
        return http.exchange(HttpRequest.GET(path).bearerAuth(login("pat.partner")), String.class);
    }

    protected static List<String> names(JsonNode entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(entry -> names.add(entry.get("name").asText()));
        return names;
    }

    protected static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    protected int status(HttpRequest<?> request) {
        try {
            return http.exchange(request, Argument.of(String.class), Argument.of(String.class))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    protected String login(String username) {
        return (String)
                http.retrieve(
                                HttpRequest.POST(
                                        "/login",
                                        Map.of("username", username, "password", PASSWORD)),
                                Map.class)
                        .get("access_token");
    }
}
