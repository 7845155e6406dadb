package org.whatmatters.backend.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithDirectoryStaff;

/**
 * The directory in and out as CSV: bad rows reported by line and field and left out, good rows in,
 * updates by natural key.
 */
@MicronautTest(environments = "test", transactional = false)
class CareDirectoryCsvTest extends WithDirectoryStaff {

    private static final String TEAMS =
            """
            name,organisation,duty_phone,duty_email,working_days,opens_at,closes_at,default_for_crisis
            Bradford North CMHT,Bradford District Care NHS FT,01274 228300,north.duty@nhs.net,Mon-Fri,9:00,17:00,yes
            ,Bradford District Care NHS FT,01274 228301,,MON-FRI,09:00,17:00,no
            Keighley CMHT,Bradford District Care NHS FT,not a phone,,MON-FRI,09:00,17:00,
            Airedale CMHT,Bradford District Care NHS FT,,,MON-FRI,09:00,17:00,
            Leeds West CMHT,Leeds and York Partnership NHS FT,0113 855 6000,,"MON,TUE,THU",08:30,16:30,maybe
            Crisis Team,Bradford District Care NHS FT,01274 221181,,MON-SUN,08:00,07:00,yes

            Shipley CMHT,Bradford District Care NHS FT,01274 228302,,Mon-Fri;Sat,09:00,17:00,
            bradford north cmht,Bradford District Care NHS FT,01274 228303,,MON-FRI,09:00,17:00,
            Wakefield CMHT,South West Yorkshire Partnership NHS FT,01924 316900,,MON-FRI,09:00,17:00,yes
            Too Short,Bradford District Care NHS FT
            """;

    private static final String COORDINATORS =
            """
            name,team,phone,email,preferred_channel,staff_username
            Priya Shah,Bradford North CMHT,07700 900123,priya.shah@nhs.net,,cory.coordinator
            Tom Green,Nowhere CMHT,07700 900124,,,
            Ann Lee,Bradford North CMHT,,,,
            Bob Ray,Shipley CMHT,07700 900125,,FAX,
            Cat Bell,Shipley CMHT,,cat.bell@nhs.net,,ivy.interpreter
            Dan Fox,Shipley CMHT,,dan.fox@nhs.net,EMAIL,nobody
            Priya Shah,shipley cmht,07700 900126,,,
            """;

    @Test
    void badTeamRowsAreReportedByLineAndFieldAndTheGoodOnesGoIn() {
        StaffApi.Answer answer = importCsv("/staff/care-teams/import", TEAMS);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode result = answer.body();
        assertThat(result.get("imported").asInt()).isEqualTo(2);
        assertThat(texts(result.get("problems")))
                .containsExactly(
                        "line 3, field name: is required",
                        "line 4, field duty_phone: 'not a phone' is not a possible phone number (like 01274 123456 or +44 7700 900123)",
                        "line 5, field duty_phone: give a duty phone, a duty email or both, so the duty worker can be reached",
                        "line 6, field default_for_crisis: 'maybe' is not yes or no",
                        "line 7, field closes_at: must be after opensAt on the same day (08:00), was 07:00",
                        "line 10, field name: 'bradford north cmht' is also on line 2; give each team once",
                        "line 11, field default_for_crisis: only one team can be the default for crisis, and line 2 already is",
                        "line 12, field row: has 2 values where the header has 8");
        JsonNode teams = partner.get("/staff/care-teams");
        assertThat(names(teams)).containsExactly("Bradford North CMHT", "Shipley CMHT");
        assertThat(teams.get(1).get("workingDays").asText()).isEqualTo("MON-SAT");
        assertThat(teams.get(0).get("defaultForCrisis").asBoolean()).isTrue();
    }

    @Test
    void badCoordinatorRowsAreReportedByLineAndFieldAndTheGoodOnesGoInWithTheirTeamAndLogin() {
        importCsv("/staff/care-teams/import", TEAMS);

        JsonNode result = importCsv("/staff/coordinators/import", COORDINATORS).body();

        assertThat(result.get("imported").asInt()).isEqualTo(2);
        assertThat(texts(result.get("problems")))
                .containsExactly(
                        "line 3, field team: no care team is called 'Nowhere CMHT' (import the teams first)",
                        "line 4, field phone: give a phone, an email or both, so the coordinator can be reached",
                        "line 5, field preferred_channel: 'FAX' is not one of [PUSH, SMS, EMAIL]",
                        "line 6, field staff_username: account ivy.interpreter is INTERPRETER, not a COORDINATOR login",
                        "line 7, field staff_username: no staff account 'nobody'");
        JsonNode coordinators = partner.get("/staff/coordinators");
        assertThat(coordinators)
                .extracting(
                        c ->
                                c.get("name").asText()
                                        + " / "
                                        + c.get("team").asText()
                                        + " / "
                                        + c.get("phone").asText())
                .containsExactly(
                        "Priya Shah / Bradford North CMHT / +447700900123",
                        "Priya Shah / Shipley CMHT / +447700900126");
        assertThat(coordinators.get(0).get("staffAccountId").asLong()).isEqualTo(coordinatorLogin);
    }

    @Test
    void theExportReadsBackAndAnImportUpdatesByNaturalKey() {
        importCsv("/staff/care-teams/import", TEAMS);
        importCsv("/staff/coordinators/import", COORDINATORS);

        HttpResponse<String> teams = export("/staff/care-teams/export");
        HttpResponse<String> coordinators = export("/staff/coordinators/export");

        assertThat(teams.getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/csv"));
        assertThat(teams.header("Content-Disposition")).contains("care-teams.csv");
        // phones start with '+', which a spreadsheet would run as a formula: escaped with an
        // apostrophe (read back without)
        assertThat(teams.body())
                .isEqualTo(
                        """
                name,organisation,duty_phone,duty_email,working_days,opens_at,closes_at,default_for_crisis\r
                Bradford North CMHT,Bradford District Care NHS FT,'+44 1274 228300,north.duty@nhs.net,MON-FRI,09:00,17:00,yes\r
                Shipley CMHT,Bradford District Care NHS FT,'+44 1274 228302,,MON-SAT,09:00,17:00,no\r
                """);
        assertThat(coordinators.body())
                .isEqualTo(
                        """
                name,team,phone,email,preferred_channel,staff_username\r
                Priya Shah,Bradford North CMHT,'+44 7700 900123,priya.shah@nhs.net,SMS,cory.coordinator\r
                Priya Shah,Shipley CMHT,'+44 7700 900126,,SMS,\r
                """);
        JsonNode again = importCsv("/staff/coordinators/import", coordinators.body()).body();
        assertThat(
                        List.of(
                                again.get("imported").asInt(),
                                again.get("updated").asInt(),
                                again.get("unchanged").asInt()))
                .containsExactly(0, 0, 2);

        JsonNode changed =
                importCsv(
                                "/staff/coordinators/import",
                                """
                name,team,phone,email,preferred_channel
                PRIYA SHAH,Shipley CMHT,07700 900126,priya.shah@nhs.net,EMAIL
                """)
                        .body();

        assertThat(List.of(changed.get("imported").asInt(), changed.get("updated").asInt()))
                .containsExactly(0, 1);
        assertThat(
                        database.query(
                                "SELECT name, email, preferred_channel FROM care_coordinator WHERE email IS NOT NULL ORDER BY id"))
                .containsExactly(
                        List.of("Priya Shah", "priya.shah@nhs.net", "SMS"),
                        List.of("PRIYA SHAH", "priya.shah@nhs.net", "EMAIL"));
        JsonNode teamsAgain = importCsv("/staff/care-teams/import", teams.body()).body();
        assertThat(teamsAgain.get("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void aFileWithTheWrongColumnsIsRefusedWhole() {
        JsonNode result =
                importCsv("/staff/care-teams/import", "name,organisation,phone\nX,Y,01274 228300\n")
                        .body();

        assertThat(result.get("imported").asInt()).isZero();
        assertThat(texts(result.get("problems")))
                .containsExactly(
                        "line 1, field header: unknown column 'phone' (the columns are name,organisation,duty_phone,duty_email,working_days,"
                                + "opens_at,closes_at,default_for_crisis)",
                        "line 1, field header: column 'duty_phone' is missing",
                        "line 1, field header: column 'duty_email' is missing",
                        "line 1, field header: column 'working_days' is missing",
                        "line 1, field header: column 'opens_at' is missing",
                        "line 1, field header: column 'closes_at' is missing");
        assertThat(database.count("care_team")).isZero();
    }
}
