package org.whatmatters.backend.coordinator;

import static org.whatmatters.backend.coordinator.CareTeamController.TEXT_CSV;
import static org.whatmatters.backend.coordinator.CareTeamController.actor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.whatmatters.backend.directory.ImportResult;
import org.whatmatters.backend.security.Role;

/** The care coordinators of the directory, kept by admins and delivery partners. */
@Controller("/staff/coordinators")
@Secured({Role.Names.ADMIN, Role.Names.PARTNER})
@Tag(name = "Care directory")
@SecurityRequirement(name = "bearer")
class CoordinatorController {

    private final Coordinators coordinators;

    CoordinatorController(Coordinators coordinators) {
        this.coordinators = coordinators;
    }

    @Operation(summary = "Coordinators by name with their team's name; teamId= lists one team's")
    @Get
    List<CoordinatorView> list(@QueryValue @Nullable Long teamId) {
        return coordinators.list(teamId);
    }

    @Operation(summary = "One coordinator")
    @Get("/{id}")
    CoordinatorView get(long id) {
        return coordinators.view(
                coordinators.find(id).orElseThrow(() -> Coordinators.notFound(id)));
    }

    @Operation(
            summary =
                    "Add a coordinator: name, teamId, phone and/or email, preferredChannel (SMS, EMAIL or PUSH; left out: SMS "
                            + "with a phone, else EMAIL), staffAccountId (their COORDINATOR login, needed for PUSH). 400 lists every problem by field; "
                            + "409 when the team has someone of that name or the login is taken")
    @Post
    HttpResponse<CoordinatorView> create(
            @Body @Valid CoordinatorFields fields, Authentication who) {
        return HttpResponse.created(coordinators.view(coordinators.create(fields, actor(who))));
    }

    @Operation(summary = "Replace a coordinator's fields; checked as when adding")
    @Put("/{id}")
    CoordinatorView update(long id, @Body @Valid CoordinatorFields fields, Authentication who) {
        return coordinators.view(coordinators.update(id, fields, actor(who)));
    }

    @Operation(summary = "Remove a coordinator; 409 while a person's referral names them")
    @Delete("/{id}")
    HttpResponse<Void> delete(long id, Authentication who) {
        coordinators.delete(id, actor(who));
        return HttpResponse.noContent();
    }

    @Operation(
            summary =
                    "Every coordinator as CSV: name,team,phone,email,preferred_channel,staff_username")
    @Get(uri = "/export", produces = TEXT_CSV)
    HttpResponse<String> export() {
        return CareTeamController.csv(coordinators.exportCsv(), "coordinators.csv");
    }

    @Operation(
            summary =
                    "Import a coordinator CSV (the export's columns; staff_username may be left out; the team by its name): good "
                            + "rows are added or update the coordinator of the same name in the same team; each bad row is reported as "
                            + "'line N, field F: problem' and not imported")
    @Post(
            uri = "/import",
            consumes = {TEXT_CSV, MediaType.TEXT_PLAIN})
    ImportResult importCsv(@Body String csv, Authentication who) {
        return coordinators.importCsv(csv, actor(who));
    }
}
