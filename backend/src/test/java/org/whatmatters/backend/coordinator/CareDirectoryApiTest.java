package org.whatmatters.backend.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithDirectoryStaff;

/**
 * Keeping the care directory over the API: teams and coordinators, their checks, the one crisis
 * team, and who may.
 */
@MicronautTest(environments = "test", transactional = false)
class CareDirectoryApiTest extends WithDirectoryStaff {

    @Inject CareDirectory directory;

    @Test
    void aPartnerAddsChangesAndRemovesTeamsAndCoordinators() {
        StaffApi.Answer created =
                partner.send(
                        HttpRequest.POST(
                                "/staff/care-teams", team("Bradford North CMHT", Map.of())));
        assertThat(created.status()).isEqualTo(201);
        JsonNode team = created.body();
        assertThat(team.get("dutyPhone").asText()).isEqualTo("+441274228300");
        assertThat(team.get("workingDays").asText()).isEqualTo("MON-FRI");
        assertThat(team.get("opensAt").asText()).isEqualTo("09:00");
        assertThat(team.get("defaultForCrisis").asBoolean()).isFalse();
        long north = team.get("id").asLong();
        long keighley =
                admin.post(
                                "/staff/care-teams",
                                team(
                                        "Keighley CMHT",
                                        Map.of("workingDays", "mon;tue;thurs", "dutyEmail", "")))
                        .get("id")
                        .asLong();

        JsonNode priya =
                partner.post(
                        "/staff/coordinators",
                        Map.of(
                                "name",
                                "Priya Shah",
                                "teamId",
                                north,
                                "phone",
                                "07700 900123",
                                "staffAccountId",
                                coordinatorLogin));
        assertThat(priya.get("team").asText()).isEqualTo("Bradford North CMHT");
        assertThat(priya.get("phone").asText()).isEqualTo("+447700900123");
        assertThat(priya.get("preferredChannel").asText())
                .as("SMS when there is a phone")
                .isEqualTo("SMS");
        long priyaId = priya.get("id").asLong();
        addCoordinator("Tom Green", keighley, "07700 900124");

        assertThat(names(partner.get("/staff/care-teams")))
                .containsExactly("Bradford North CMHT", "Keighley CMHT");
        assertThat(partner.get("/staff/care-teams/" + keighley).get("workingDays").asText())
                .isEqualTo("MON;TUE;THU");
        assertThat(names(admin.get("/staff/coordinators")))
                .containsExactly("Priya Shah", "Tom Green");
        assertThat(names(admin.get("/staff/coordinators?teamId=" + keighley)))
                .containsExactly("Tom Green");
        assertThat(directory.forStaffAccount(coordinatorLogin))
                .hasValueSatisfying(found -> assertThat(found.name()).isEqualTo("Priya Shah"));
        assertThat(
                        directory
                                .teamOf(directory.forStaffAccount(coordinatorLogin).orElseThrow())
                                .orElseThrow()
                                .hours()
                                .worksOn(java.time.DayOfWeek.FRIDAY))
                .isTrue();

        JsonNode changed =
                partner.put(
                        "/staff/coordinators/" + priyaId,
                        Map.of(
                                "name",
                                "Priya Shah",
                                "teamId",
                                north,
                                "phone",
                                "07700 900123",
                                "email",
                                "priya.shah@nhs.net",
                                "preferredChannel",
                                "email",
                                "staffAccountId",
                                coordinatorLogin));
        assertThat(changed.get("preferredChannel").asText()).isEqualTo("EMAIL");
        assertThat(changed.get("email").asText()).isEqualTo("priya.shah@nhs.net");
        JsonNode renamed =
                partner.put(
                        "/staff/care-teams/" + north,
                        team(
                                "Bradford North Community Mental Health Team",
                                Map.of("closesAt", "17:30")));
        assertThat(renamed.get("closesAt").asText()).isEqualTo("17:30");

        StaffApi.Answer stillUsed = partner.send(HttpRequest.DELETE("/staff/care-teams/" + north));
        assertThat(stillUsed.status()).isEqualTo(409);
        assertThat(stillUsed.body().toString())
                .contains(
                        "1 coordinator still belongs to Bradford North Community Mental Health Team");
        assertThat(partner.send(HttpRequest.DELETE("/staff/coordinators/" + priyaId)).status())
                .isEqualTo(204);
        assertThat(partner.send(HttpRequest.DELETE("/staff/care-teams/" + north)).status())
                .isEqualTo(204);
        assertThat(partner.send(HttpRequest.GET("/staff/care-teams/" + north)).status())
                .isEqualTo(404);
        assertThat(partner.send(HttpRequest.GET("/staff/coordinators/" + priyaId)).status())
                .isEqualTo(404);
        assertThat(partner.send(HttpRequest.DELETE("/staff/coordinators/" + priyaId)).status())
                .isEqualTo(404);
        assertThat(directory.forStaffAccount(coordinatorLogin)).isEmpty();
    }

    @Test
    void aBadTeamIs400NamingEachFieldAndATakenNameIs409() {
        StaffApi.Answer refused =
                partner.send(
                        HttpRequest.POST(
                                "/staff/care-teams",
                                Map.of(
                                        "name",
                                        " ",
                                        "organisation",
                                        "=HYPERLINK(1)",
                                        "dutyPhone",
                                        "call the office",
                                        "dutyEmail",
                                        "north duty at nhs",
                                        "workingDays",
                                        "weekdays",
                                        "opensAt",
                                        "9am",
                                        "closesAt",
                                        "17:00")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(texts(refused.body().get("problems")))
                .containsExactly(
                        "name: is required",
                        "organisation: must not start with =, +, - or @ (a spreadsheet would run it as a formula)",
                        "dutyPhone: 'call the office' is not a possible phone number (like 01274 123456 or +44 7700 900123)",
                        "dutyEmail: 'north duty at nhs' is not an email address like duty.team@nhs.net",
                        "workingDays: 'weekdays' is not a day or a range of days (MON, TUE, WED, THU, FRI, SAT, SUN; MON-FRI)",
                        "opensAt: '9am' is not a time like 09:00 or 17:30");
        assertThat(
                        texts(
                                partner.send(
                                                HttpRequest.POST(
                                                        "/staff/care-teams",
                                                        team(
                                                                "Night Team",
                                                                Map.of(
                                                                        "dutyPhone",
                                                                        "",
                                                                        "dutyEmail",
                                                                        "",
                                                                        "opensAt",
                                                                        "20:00",
                                                                        "closesAt",
                                                                        "08:00"))))
                                        .body()
                                        .get("problems")))
                .containsExactly(
                        "dutyPhone: give a duty phone, a duty email or both, so the duty worker can be reached",
                        "closesAt: must be after opensAt on the same day (20:00), was 08:00");
        assertThat(database.count("care_team")).isZero();

        addTeam("Bradford North CMHT", Map.of());
        assertThat(
                        partner.send(
                                        HttpRequest.POST(
                                                "/staff/care-teams",
                                                team("bradford north cmht", Map.of())))
                                .status())
                .isEqualTo(409);
    }

    @Test
    void aBadCoordinatorIs400NamingEachFieldAndATakenNameOrLoginIs409() {
        long north = addTeam("Bradford North CMHT", Map.of());
        Map<String, Object> bad = new HashMap<>();
        bad.put("name", "Priya Shah");
        bad.put("teamId", 99999);
        bad.put("preferredChannel", "FAX");
        bad.put("staffAccountId", interpreterLogin);

        StaffApi.Answer refused = partner.send(HttpRequest.POST("/staff/coordinators", bad));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(texts(refused.body().get("problems")))
                .containsExactly(
                        "teamId: no care team 99999",
                        "phone: give a phone, an email or both, so the coordinator can be reached",
                        "staffAccountId: account ivy.interpreter is INTERPRETER, not a COORDINATOR login",
                        "preferredChannel: 'FAX' is not one of [PUSH, SMS, EMAIL]");
        assertThat(
                        texts(
                                partner.send(
                                                HttpRequest.POST(
                                                        "/staff/coordinators",
                                                        Map.of(
                                                                "name",
                                                                "Priya Shah",
                                                                "teamId",
                                                                north,
                                                                "email",
                                                                "priya.shah@nhs.net",
                                                                "preferredChannel",
                                                                "PUSH")))
                                        .body()
                                        .get("problems")))
                .containsExactly(
                        "preferredChannel: PUSH reaches the devices of their own login: give staffAccountId");
        assertThat(
                        texts(
                                partner.send(
                                                HttpRequest.POST(
                                                        "/staff/coordinators",
                                                        Map.of(
                                                                "name",
                                                                "Priya Shah",
                                                                "teamId",
                                                                north,
                                                                "email",
                                                                "priya.shah@nhs.net",
                                                                "preferredChannel",
                                                                "SMS")))
                                        .body()
                                        .get("problems")))
                .containsExactly("preferredChannel: SMS needs a phone");
        assertThat(database.count("care_coordinator")).isZero();

        partner.post(
                "/staff/coordinators",
                Map.of(
                        "name",
                        "Priya Shah",
                        "teamId",
                        north,
                        "email",
                        "priya.shah@nhs.net",
                        "staffAccountId",
                        coordinatorLogin));
        assertThat(
                        partner.send(
                                        HttpRequest.POST(
                                                "/staff/coordinators",
                                                Map.of(
                                                        "name",
                                                        "PRIYA  SHAH",
                                                        "teamId",
                                                        north,
                                                        "phone",
                                                        "07700 900123")))
                                .status())
                .isEqualTo(409);
        assertThat(
                        partner.send(
                                        HttpRequest.POST(
                                                "/staff/coordinators",
                                                Map.of(
                                                        "name",
                                                        "Someone Else",
                                                        "teamId",
                                                        north,
                                                        "phone",
                                                        "07700 900123",
                                                        "staffAccountId",
                                                        coordinatorLogin)))
                                .status())
                .isEqualTo(409);
        assertThat(partner.send(HttpRequest.GET("/staff/coordinators?teamId=99999")).status())
                .isEqualTo(400);
    }

    @Test
    void onlyOneTeamIsTheDefaultForCrisis() {
        assertThat(directory.defaultCrisisTeam()).isEmpty();
        long north = addTeam("Bradford North CMHT", Map.of("defaultForCrisis", true));
        long crisis =
                addTeam(
                        "Bradford Crisis Team",
                        Map.of(
                                "defaultForCrisis",
                                true,
                                "workingDays",
                                "MON-SUN",
                                "opensAt",
                                "00:00",
                                "closesAt",
                                "23:59"));

        assertThat(partner.get("/staff/care-teams/" + north).get("defaultForCrisis").asBoolean())
                .isFalse();
        assertThat(partner.get("/staff/care-teams/" + crisis).get("defaultForCrisis").asBoolean())
                .isTrue();
        assertThat(directory.defaultCrisisTeam().orElseThrow().id()).isEqualTo(crisis);

        partner.put(
                "/staff/care-teams/" + north,
                team("Bradford North CMHT", Map.of("defaultForCrisis", true)));

        assertThat(database.query("SELECT name FROM care_team WHERE default_for_crisis = TRUE"))
                .containsExactly(List.of("Bradford North CMHT"));
        assertThat(directory.defaultCrisisTeam().orElseThrow().id()).isEqualTo(north);
        assertThat(directory.crisisTeamFor(12345L))
                .as("a person nobody knows: the default team")
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(north));
    }

    @Test
    void interpretersAndCoordinatorsAreRefusedEverywhereInTheDirectory() {
        long north = addTeam("Bradford North CMHT", Map.of());
        long priya = addCoordinator("Priya Shah", north, "07700 900123");
        List<MutableHttpRequest<?>> everyRoute =
                List.of(
                        HttpRequest.GET("/staff/care-teams"),
                        HttpRequest.GET("/staff/care-teams/" + north),
                        HttpRequest.POST("/staff/care-teams", team("Other", Map.of())),
                        HttpRequest.PUT("/staff/care-teams/" + north, team("Changed", Map.of())),
                        HttpRequest.DELETE("/staff/care-teams/" + north),
                        HttpRequest.GET("/staff/care-teams/export"),
                        HttpRequest.POST(
                                        "/staff/care-teams/import",
                                        String.join(",", CareTeamCsv.REQUIRED) + "\n")
                                .contentType("text/csv"),
                        HttpRequest.GET("/staff/coordinators"),
                        HttpRequest.GET("/staff/coordinators/" + priya),
                        HttpRequest.POST(
                                "/staff/coordinators",
                                Map.of("name", "Other", "teamId", north, "phone", "07700 900124")),
                        HttpRequest.PUT(
                                "/staff/coordinators/" + priya,
                                Map.of(
                                        "name",
                                        "Changed",
                                        "teamId",
                                        north,
                                        "phone",
                                        "07700 900124")),
                        HttpRequest.DELETE("/staff/coordinators/" + priya),
                        HttpRequest.GET("/staff/coordinators/export"),
                        HttpRequest.POST(
                                        "/staff/coordinators/import",
                                        String.join(",", CoordinatorCsv.REQUIRED) + "\n")
                                .contentType("text/csv"));

        for (String role : List.of("ivy.interpreter", "cory.coordinator")) {
            String token = login(role);
            for (MutableHttpRequest<?> request : everyRoute) {
                assertThat(status(request.bearerAuth(token)))
                        .as(role + " " + request.getMethod() + " " + request.getPath())
                        .isEqualTo(403);
            }
        }
        for (MutableHttpRequest<?> request : everyRoute) {
            request.getHeaders().remove("Authorization");
            assertThat(status(request))
                    .as("no token: " + request.getMethod() + " " + request.getPath())
                    .isEqualTo(401);
        }
        assertThat(database.query("SELECT name FROM care_team"))
                .containsExactly(List.of("Bradford North CMHT"));
        assertThat(database.query("SELECT name FROM care_coordinator"))
                .containsExactly(List.of("Priya Shah"));
    }
}
