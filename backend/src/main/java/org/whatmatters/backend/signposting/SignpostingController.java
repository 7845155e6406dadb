package org.whatmatters.backend.signposting;

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
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.security.Role;

/**
 * The signposting directory for delivery partners and admins: reference data, nothing about a
 * person.
 */
@Controller("/signposting")
@Secured({Role.Names.PARTNER, Role.Names.ADMIN})
@Tag(name = "Signposting")
@SecurityRequirement(name = "bearer")
class SignpostingController {

    static final String TEXT_CSV = "text/csv";
    private static final int MOST_SUGGESTIONS = 20;

    private final LocalServices services;
    private final Categories categories;
    private final SignpostMatcher matcher;

    SignpostingController(LocalServices services, Categories categories, SignpostMatcher matcher) {
        this.services = services;
        this.categories = categories;
        this.matcher = matcher;
    }

    @Operation(
            summary =
                    "The categories a directory entry may have, with the words that point to each")
    @Get("/categories")
    List<Category> categories() {
        return categories.all();
    }

    @Operation(
            summary =
                    "Directory entries by name; category= and area= (a district such as BD3, or a post town) narrow the list")
    @Get("/services")
    List<LocalService> list(
            @QueryValue @Nullable String category, @QueryValue @Nullable String area) {
        return services.list(category, area);
    }

    @Operation(summary = "One directory entry")
    @Get("/services/{id}")
    LocalService get(long id) {
        return services.find(id).orElseThrow(() -> new NotFound("no directory entry " + id));
    }

    @Operation(summary = "Add an entry; 400 lists every problem, 409 when the name is taken")
    @Post("/services")
    HttpResponse<LocalService> create(@Body @Valid ServiceFields fields, Authentication who) {
        return HttpResponse.created(services.create(fields, who.getName()));
    }

    @Operation(summary = "Replace an entry's fields; checked as when adding")
    @Put("/services/{id}")
    LocalService update(long id, @Body @Valid ServiceFields fields, Authentication who) {
        return services.update(id, fields, who.getName());
    }

    @Operation(summary = "Remove an entry")
    @Delete("/services/{id}")
    HttpResponse<Void> delete(long id, Authentication who) {
        services.delete(id, who.getName());
        return HttpResponse.noContent();
    }

    @Operation(
            summary =
                    "The whole directory as CSV: name,categories,areas,languages,phone,web,hours,description,tags")
    @Get(uri = "/services/export", produces = TEXT_CSV)
    HttpResponse<String> export() {
        return HttpResponse.ok(services.exportCsv())
                .contentType(TEXT_CSV + "; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"signposting-directory.csv\"");
    }

    @Operation(
            summary =
                    "Import a directory CSV (same columns as the export): good rows are added or update the entry of "
                            + "the same name; each bad row is reported as 'line N, field F: problem' and not imported")
    @Post(
            uri = "/services/import",
            consumes = {TEXT_CSV, MediaType.TEXT_PLAIN})
    ImportResult importCsv(@Body String csv, Authentication who) {
        return services.importCsv(csv, who.getName());
    }

    @Operation(
            summary =
                    "Try the matching: the services a person with these words, area and language would be offered. "
                            + "Nothing sent is stored or logged")
    @Post("/suggestions")
    List<Suggestion> suggest(
            @Body @Valid Profile profile, @QueryValue(defaultValue = "3") int limit) {
        if (limit < 1 || limit > MOST_SUGGESTIONS) {
            throw new Invalid("limit must be 1 to " + MOST_SUGGESTIONS);
        }
        return matcher.suggest(profile, limit);
    }
}
