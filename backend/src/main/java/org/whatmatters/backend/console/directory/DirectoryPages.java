package org.whatmatters.backend.console.directory;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.console.ConsolePaths;
import org.whatmatters.backend.console.ConsoleSection;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.coordinator.CareTeams;
import org.whatmatters.backend.coordinator.Coordinators;
import org.whatmatters.backend.directory.ImportResult;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.signposting.LocalServices;

/**
 * The three directories (signposting services, care teams, coordinators) as CSV: export each, and
 * import by pasting a CSV; the page then shows what went in and every row refused with its line,
 * field and problem. The same imports and exports as the API's {@code …/import} and {@code
 * …/export}.
 */
@Controller(DirectoryPages.ROOT)
@Secured({Role.Names.PARTNER, Role.Names.ADMIN})
@Hidden
@Produces(MediaType.TEXT_HTML)
class DirectoryPages {

    static final String ROOT = ConsolePaths.ROOT + "/directories";

    /** One directory as the page lists it. */
    public record Kind(String key, String label, String columns) {}

    private static final List<Kind> KINDS =
            List.of(
                    new Kind(
                            "services",
                            "Signposting services",
                            "name,categories,areas,languages,phone,web,hours,description,tags"),
                    new Kind(
                            "care-teams",
                            "Care teams",
                            "name,organisation,duty_phone,duty_email,working_days,opens_at,closes_at,default_for_crisis"),
                    new Kind(
                            "coordinators",
                            "Care coordinators",
                            "name,team,phone,email,preferred_channel,staff_username"));

    @Factory
    static class Sections {
        @Singleton
        ConsoleSection directories() {
            return ConsoleSection.of("Directories", ROOT, 20, Role.PARTNER, Role.ADMIN);
        }
    }

    private final LocalServices services;
    private final CareTeams teams;
    private final Coordinators coordinators;

    DirectoryPages(LocalServices services, CareTeams teams, Coordinators coordinators) {
        this.services = services;
        this.teams = teams;
        this.coordinators = coordinators;
    }

    @Get
    ModelAndView<Map<String, Object>> page() {
        return page(null, null);
    }

    @Post("/{kind}/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> importCsv(
            @PathVariable String kind, @Body Map<String, String> form, Authentication who) {
        String csv = form.getOrDefault("csv", "");
        String actor = SignedIn.from(who).actor();
        ImportResult result =
                switch (kind(kind).key()) {
                    case "services" -> services.importCsv(csv, who.getName());
                    case "care-teams" -> teams.importCsv(csv, actor);
                    default -> coordinators.importCsv(csv, actor);
                };
        return page(kind(kind), result);
    }

    @Get(uri = "/{kind}/export", produces = "text/csv")
    HttpResponse<String> export(@PathVariable String kind) {
        String csv =
                switch (kind(kind).key()) {
                    case "services" -> services.exportCsv();
                    case "care-teams" -> teams.exportCsv();
                    default -> coordinators.exportCsv();
                };
        return HttpResponse.ok(csv)
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + kind + ".csv\"");
    }

    private ModelAndView<Map<String, Object>> page(
            @Nullable Kind imported, @Nullable ImportResult result) {
        return Pages.page(
                "console/directories", "kinds", KINDS, "imported", imported, "result", result);
    }

    private static Kind kind(String key) {
        return KINDS.stream()
                .filter(kind -> kind.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFound("no directory " + key));
    }
}
