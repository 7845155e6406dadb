package org.whatmatters.backend.coordinator;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.whatmatters.backend.directory.ImportResult;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;

/** The care teams of the directory, kept by admins and delivery partners. */
@Controller("/staff/care-teams")
@Secured({Role.Names.ADMIN, Role.Names.PARTNER})
@Tag(name = "Care directory")
@SecurityRequirement(name = "bearer")
class CareTeamController {

    static final String TEXT_CSV = "text/csv";

    private final CareTeams teams;

    CareTeamController(CareTeams teams) {
        this.teams = teams;
    }

    @Operation(summary = "Every care team by name")
    @Get
    List<CareTeam> list() {
        return teams.list();
    }

    @Operation(summary = "One care team")
    @Get("/{id}")
    CareTeam get(long id) {
        return teams.find(id).orElseThrow(() -> CareTeams.notFound(id));
    }

    @Operation(
            summary =
                    "Add a team: name, organisation, dutyPhone and/or dutyEmail, workingDays (MON-FRI), opensAt and closesAt "
                            + "(UK local times, 09:00), defaultForCrisis. 400 lists every problem by field; 409 when the name is taken")
    @Post
    HttpResponse<CareTeam> create(@Body @Valid TeamFields fields, Authentication who) {
        return HttpResponse.created(teams.create(fields, actor(who)));
    }

    @Operation(
            summary =
                    "Replace a team's fields; checked as when adding. defaultForCrisis true takes it from any other team")
    @Put("/{id}")
    CareTeam update(long id, @Body @Valid TeamFields fields, Authentication who) {
        return teams.update(id, fields, actor(who));
    }

    @Operation(summary = "Remove a team; 409 while coordinators belong to it")
    @Delete("/{id}")
    HttpResponse<Void> delete(long id, Authentication who) {
        teams.delete(id, actor(who));
        return HttpResponse.noContent();
    }

    @Operation(
            summary =
                    "Every team as CSV: name,organisation,duty_phone,duty_email,working_days,opens_at,closes_at,default_for_crisis")
    @Get(uri = "/export", produces = TEXT_CSV)
    HttpResponse<String> export() {
        return csv(teams.exportCsv(), "care-teams.csv");
    }

    @Operation(
            summary =
                    "Import a care-team CSV (the export's columns; default_for_crisis may be left out): good rows are added or "
                            + "update the team of the same name; each bad row is reported as 'line N, field F: problem' and not imported")
    @Post(
            uri = "/import",
            consumes = {TEXT_CSV, MediaType.TEXT_PLAIN})
    ImportResult importCsv(@Body String csv, Authentication who) {
        return teams.importCsv(csv, actor(who));
    }

    static HttpResponse<String> csv(String body, String filename) {
        return HttpResponse.ok(body)
                .contentType(TEXT_CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    static String actor(Authentication who) {
        return SignedIn.from(who).actor();
    }
}
