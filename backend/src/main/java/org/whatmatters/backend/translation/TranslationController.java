package org.whatmatters.backend.translation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.whatmatters.backend.security.Role;
import org.whatmatters.translations.catalog.CatalogImport;
import org.whatmatters.translations.catalog.TranslationState;

/**
 * Interpreter review of the translations. Shows scripts and texts only, never anything about a
 * person.
 */
@Controller("/translations")
@Secured({Role.Names.INTERPRETER, Role.Names.ADMIN})
@Tag(name = "Translations")
@SecurityRequirement(name = "bearer")
class TranslationController {

    @Serdeable
    record Edit(String translation) {}

    @Serdeable
    record SendBack(String comment) {}

    @Serdeable
    record ImportResult(int applied, List<String> rejected) {}

    private final Translations translations;

    TranslationController(Translations translations) {
        this.translations = translations;
    }

    @Get
    List<LanguageProgress> languages() {
        return translations.progress();
    }

    /**
     * {@code flagged=true}: only entries with flags; {@code flaggedFirst=true}: errors first, then
     * warnings, then the rest.
     */
    @Get("/{language}")
    List<TranslationView> entries(
            String language,
            @QueryValue @Nullable TranslationState state,
            @QueryValue @Nullable String script,
            @QueryValue @Nullable Boolean flagged,
            @QueryValue @Nullable Boolean flaggedFirst) {
        return translations.entries(
                language,
                state,
                script,
                Boolean.TRUE.equals(flagged),
                Boolean.TRUE.equals(flaggedFirst));
    }

    @Put("/{language}/{key}")
    TranslationView edit(String language, String key, @Body @Valid Edit edit, Authentication who) {
        return translations.edit(
                language, key, edit.translation() == null ? "" : edit.translation(), who.getName());
    }

    /**
     * Only an interpreter, named in the record, makes a translation reviewed; an admin can edit but
     * not vouch for it.
     */
    @Post("/{language}/{key}/review")
    @Secured(Role.Names.INTERPRETER)
    TranslationView review(String language, String key, Authentication who) {
        return translations.review(language, key, who.getName());
    }

    @Post("/{language}/{key}/send-back")
    TranslationView sendBack(
            String language, String key, @Body @Valid SendBack sendBack, Authentication who) {
        return translations.sendBack(language, key, sendBack.comment(), who.getName());
    }

    @Get("/{language}/{key}/history")
    List<TranslationChange> history(String language, String key) {
        return translations.history(language, key);
    }

    @Get(uri = "/{language}/export", produces = MediaType.APPLICATION_XML)
    HttpResponse<String> export(String language) {
        return HttpResponse.ok(translations.export(language))
                .header("Content-Disposition", "attachment; filename=\"" + language + ".xlf\"");
    }

    @Post(
            uri = "/{language}/import",
            consumes = {MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN})
    ImportResult importCatalog(
            String language,
            @Body String xliff,
            @QueryValue @Nullable String filename,
            Authentication who) {
        CatalogImport.Result result =
                translations.importCatalog(
                        language,
                        xliff,
                        filename == null ? language + ".xlf" : filename,
                        who.getName());
        return new ImportResult(result.applied(), Translations.describe(result.rejected()));
    }
}
