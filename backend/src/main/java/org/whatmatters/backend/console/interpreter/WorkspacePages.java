package org.whatmatters.backend.console.interpreter;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whatmatters.backend.console.ConsolePaths;
import org.whatmatters.backend.console.ConsoleSection;
import org.whatmatters.backend.console.Languages;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.problem.DomainException;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.translation.TranslationView;
import org.whatmatters.backend.translation.Translations;
import org.whatmatters.translations.catalog.CatalogImport;
import org.whatmatters.translations.catalog.TranslationState;

/**
 * The interpreters' workspace: each language's progress per script and the texts that need them
 * first, the review page (English with its context beside the translation, the figures as sent
 * while typing, save, mark reviewed, send back, history), and XLIFF export and import. Scripts and
 * texts only: nothing about any person. Every rule is {@link Translations}'s, the same as the
 * review API's.
 */
@Controller(WorkspacePages.ROOT)
@Secured({Role.Names.INTERPRETER, Role.Names.ADMIN})
@Hidden
@Produces(MediaType.TEXT_HTML)
class WorkspacePages {

    static final String ROOT = ConsolePaths.ROOT + "/translations";

    /** The scripts a person meets first or in crisis: their drafts come first after stale texts. */
    static final Set<String> FIRST_PATHS =
            Set.of("welcome", "crisis", "global", "words", "language");

    @Serdeable
    record Edit(@Nullable String translation) {}

    @Serdeable
    record SendBack(@Nullable String comment) {}

    /** A script's progress in one language. */
    public record ScriptProgress(
            String script, int total, int reviewed, int translated, int drafts, int stale) {}

    @Factory
    static class Sections {
        @Singleton
        @Bean
        ConsoleSection translations() {
            return ConsoleSection.of("Translations", ROOT, 20, Role.INTERPRETER, Role.ADMIN);
        }
    }

    private final Translations translations;

    WorkspacePages(Translations translations) {
        this.translations = translations;
    }

    @Get
    ModelAndView<Map<String, Object>> languages() {
        return Pages.page(
                "console/interpreter/languages",
                "progress",
                translations.progress(),
                "names",
                Languages.translated().stream()
                        .collect(
                                java.util.stream.Collectors.toMap(
                                        Languages.Language::code, l -> l)));
    }

    @Get("/{language}")
    ModelAndView<Map<String, Object>> language(
            String language,
            @QueryValue @Nullable String state,
            @QueryValue @Nullable String script,
            @QueryValue @Nullable String flagged) {
        List<TranslationView> all = translations.entries(language, null, null);
        TranslationState wanted = parse(state);
        String onlyScript = script == null || script.isBlank() ? null : script;
        boolean onlyFlagged = "true".equals(flagged);
        List<TranslationView> shown =
                all.stream()
                        .filter(entry -> wanted == null || entry.state() == wanted)
                        .filter(entry -> onlyScript == null || entry.script().equals(onlyScript))
                        .filter(entry -> !onlyFlagged || !entry.flags().isEmpty())
                        .sorted(Comparator.comparingInt(WorkspacePages::priority))
                        .toList();
        List<TranslationView> first =
                all.stream()
                        .filter(entry -> priority(entry) < 3)
                        .sorted(Comparator.comparingInt(WorkspacePages::priority))
                        .limit(8)
                        .toList();
        return Pages.page(
                "console/interpreter/language",
                "language",
                Languages.of(language),
                "scripts",
                progress(all),
                "first",
                first,
                "entries",
                shown,
                "states",
                TranslationState.values(),
                "state",
                wanted == null ? "" : wanted.name(),
                "script",
                onlyScript == null ? "" : onlyScript,
                "flagged",
                onlyFlagged,
                "flaggedCount",
                all.stream().filter(entry -> !entry.flags().isEmpty()).count());
    }

    @Get("/{language}/texts/{key}")
    ModelAndView<Map<String, Object>> text(
            String language, String key, @QueryValue @Nullable String done) {
        TranslationView entry = translations.entry(language, key);
        return review(language, entry, entry.translation(), List.of(), done);
    }

    /** Figures and flags for what is in the editor now (htmx, as they type); nothing is saved. */
    @Post("/{language}/texts/{key}/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> check(String language, String key, @Body Edit edit) {
        return Pages.page(
                "console/interpreter/figures",
                "entry",
                translations.preview(language, key, edit.translation()),
                "language",
                Languages.of(language));
    }

    @Post("/{language}/texts/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Object save(String language, String key, @Body Edit edit, Authentication who) {
        String typed = edit.translation() == null ? "" : edit.translation();
        try {
            translations.edit(language, key, typed, who.getName());
        } catch (DomainException refused) {
            return review(
                    language,
                    translations.preview(language, key, typed),
                    typed,
                    Pages.errors(refused, "translation"),
                    null);
        }
        return back(language, key, "saved");
    }

    @Post("/{language}/texts/{key}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.Names.INTERPRETER)
    Object markReviewed(String language, String key, Authentication who) {
        try {
            translations.review(language, key, who.getName());
        } catch (DomainException refused) {
            TranslationView entry = translations.entry(language, key);
            return review(
                    language,
                    entry,
                    entry.translation(),
                    Pages.errors(refused, "translation"),
                    null);
        }
        return back(language, key, "reviewed");
    }

    @Post("/{language}/texts/{key}/send-back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Object sendBack(String language, String key, @Body SendBack sendBack, Authentication who) {
        try {
            translations.sendBack(language, key, sendBack.comment(), who.getName());
        } catch (DomainException refused) {
            TranslationView entry = translations.entry(language, key);
            return review(
                    language, entry, entry.translation(), Pages.errors(refused, "comment"), null);
        }
        return back(language, key, "sent-back");
    }

    @Get(uri = "/{language}/export", produces = MediaType.APPLICATION_XML)
    HttpResponse<String> export(String language) {
        return HttpResponse.ok(translations.export(language))
                .header("Content-Disposition", "attachment; filename=\"" + language + ".xlf\"");
    }

    /**
     * XLIFF from a translation tool (htmx upload): how many texts changed, and each refused row by
     * key and line.
     */
    @Post(uri = "/{language}/import", consumes = MediaType.MULTIPART_FORM_DATA)
    ModelAndView<Map<String, Object>> importCatalog(
            String language, CompletedFileUpload xliff, Authentication who) {
        String body;
        try {
            body = new String(xliff.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file =
                xliff.getFilename() == null || xliff.getFilename().isBlank()
                        ? language + ".xlf"
                        : xliff.getFilename();
        CatalogImport.Result result =
                translations.importCatalog(language, body, file, who.getName());
        return Pages.page(
                "console/interpreter/imported",
                "applied",
                result.applied(),
                "rejected",
                result.rejected(),
                "file",
                file);
    }

    private ModelAndView<Map<String, Object>> review(
            String language, TranslationView entry, String typed, List<?> errors, String done) {
        List<TranslationView> all = translations.entries(language, null, entry.script());
        int at = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).key().equals(entry.key())) {
                at = i;
            }
        }
        return Pages.page(
                "console/interpreter/review",
                "language",
                Languages.of(language),
                "entry",
                entry,
                "typed",
                typed,
                "errors",
                errors,
                "done",
                done,
                "before",
                at > 0 ? all.get(at - 1) : null,
                "after",
                at + 1 < all.size() ? all.get(at + 1) : null,
                "history",
                Changes.of(translations.history(language, entry.key())));
    }

    private static HttpResponse<?> back(String language, String key, String done) {
        return HttpResponse.seeOther(
                URI.create(
                        ROOT
                                + "/"
                                + language
                                + "/texts/"
                                + URLEncoder.encode(key, StandardCharsets.UTF_8)
                                + "?done="
                                + done));
    }

    /**
     * Stale first, then unreviewed texts on the first and crisis paths (flagged before the rest),
     * then other flagged drafts, other drafts, reviewed.
     */
    static int priority(TranslationView entry) {
        boolean flagged = !entry.flags().isEmpty();
        if (entry.state() == TranslationState.STALE) {
            return 0;
        }
        if (entry.state() == TranslationState.REVIEWED) {
            return flagged ? 5 : 6;
        }
        if (FIRST_PATHS.contains(entry.script())) {
            return flagged ? 1 : 2;
        }
        return flagged ? 3 : 4;
    }

    private static List<ScriptProgress> progress(List<TranslationView> all) {
        Map<String, List<TranslationView>> byScript = new LinkedHashMap<>();
        all.forEach(
                entry ->
                        byScript.computeIfAbsent(entry.script(), script -> new ArrayList<>())
                                .add(entry));
        return byScript.entrySet().stream()
                .map(
                        script ->
                                new ScriptProgress(
                                        script.getKey(),
                                        script.getValue().size(),
                                        count(script.getValue(), TranslationState.REVIEWED),
                                        count(script.getValue(), TranslationState.TRANSLATED),
                                        count(script.getValue(), TranslationState.DRAFT),
                                        count(script.getValue(), TranslationState.STALE)))
                .toList();
    }

    private static int count(List<TranslationView> entries, TranslationState state) {
        return (int) entries.stream().filter(entry -> entry.state() == state).count();
    }

    private static TranslationState parse(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return TranslationState.valueOf(state);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
