package org.whatmatters.backend.translation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.translations.catalog.Catalog;
import org.whatmatters.translations.catalog.CatalogException;
import org.whatmatters.translations.catalog.CatalogImport;
import org.whatmatters.translations.catalog.CatalogProblem;
import org.whatmatters.translations.catalog.Catalogs;
import org.whatmatters.translations.catalog.MessageChecks;
import org.whatmatters.translations.catalog.TranslationState;
import org.whatmatters.translations.catalog.Xliff;

/** Interpreter review: progress, entries, edit, review, send back, history, export and import. */
@Singleton
public class Translations {

    private final TranslationRepository translations;
    private final TranslationChangeRepository history;
    private final ServedTranslations served;
    private final EntryReview review;
    private final Clock clock;

    public Translations(
            TranslationRepository translations,
            TranslationChangeRepository history,
            ServedTranslations served,
            EntryReview review,
            Clock clock) {
        this.translations = translations;
        this.history = history;
        this.served = served;
        this.review = review;
        this.clock = clock;
    }

    public List<LanguageProgress> progress() {
        return Catalogs.TRANSLATED.stream()
                .map(
                        language -> {
                            List<Translation> rows =
                                    translations.findByLanguageOrderByPosition(language);
                            Map<TranslationState, Long> counts =
                                    rows.stream()
                                            .collect(
                                                    Collectors.groupingBy(
                                                            Translation::state,
                                                            Collectors.counting()));
                            int reviewed =
                                    (int)
                                            rows.stream()
                                                    .filter(row -> row.toEntry().servable())
                                                    .count();
                            return new LanguageProgress(
                                    language,
                                    rows.size(),
                                    reviewed,
                                    counts.getOrDefault(TranslationState.TRANSLATED, 0L).intValue(),
                                    counts.getOrDefault(TranslationState.DRAFT, 0L).intValue(),
                                    counts.getOrDefault(TranslationState.STALE, 0L).intValue());
                        })
                .toList();
    }

    public List<TranslationView> entries(String language, TranslationState state, String script) {
        return entries(language, state, script, false, false);
    }

    /**
     * A language's entries in conversation order, each with its flags and figures as sent; {@code
     * flagged} keeps only flagged ones, {@code flaggedFirst} puts those with errors first, then
     * those with warnings.
     */
    public List<TranslationView> entries(
            String language,
            TranslationState state,
            String script,
            boolean flagged,
            boolean flaggedFirst) {
        List<Translation> all = rows(language);
        Map<String, Translation> byKey =
                all.stream().collect(Collectors.toMap(Translation::textKey, Function.identity()));
        List<TranslationView> views =
                all.stream()
                        .filter(row -> state == null || row.state() == state)
                        .filter(
                                row ->
                                        script == null
                                                || TranslationView.scriptOf(row.textKey())
                                                        .equals(script))
                        .map(row -> review.view(row, byKey, warnings(row)))
                        .filter(view -> !flagged || !view.flags().isEmpty())
                        .toList();
        return flaggedFirst
                ? views.stream()
                        .sorted(java.util.Comparator.comparingInt(TranslationView::urgency))
                        .toList()
                : views;
    }

    /** One entry as it stands, with its flags and figures as sent. */
    public TranslationView entry(String language, String key) {
        return view(row(language, key));
    }

    /**
     * The entry as if its translation were {@code candidate}: the same flags and figures as sent
     * that a save would check, shown while the interpreter types. Nothing is saved.
     */
    public TranslationView preview(String language, String key, String candidate) {
        Translation row = row(language, key);
        return view(
                new Translation(
                        row.id(),
                        row.language(),
                        row.textKey(),
                        row.source(),
                        candidate == null ? "" : candidate,
                        row.state(),
                        row.reviewer(),
                        row.reviewedAt(),
                        row.reviewedSource(),
                        row.previousReviewed(),
                        row.note(),
                        row.position(),
                        row.updatedAt()));
    }

    @Transactional
    public TranslationView edit(String language, String key, String translation, String by) {
        Translation row = row(language, key);
        List<MessageChecks.Finding> findings = MessageChecks.check(row.source(), translation);
        List<String> errors =
                findings.stream()
                        .filter(MessageChecks.Finding::error)
                        .map(MessageChecks.Finding::message)
                        .toList();
        if (!errors.isEmpty()) {
            throw new Invalid(key + ": " + String.join("; ", errors));
        }
        Translation edited =
                change(
                        row,
                        translation,
                        TranslationState.TRANSLATED,
                        row.reviewer(),
                        row.reviewedAt(),
                        row.reviewedSource(),
                        row.previousReviewed(),
                        TranslationChange.Action.EDITED,
                        by,
                        null);
        return view(edited);
    }

    @Transactional
    public TranslationView review(String language, String key, String by) {
        Translation row = row(language, key);
        if (row.content().isBlank()) {
            throw new Conflict(key + ": there is no translation to review yet");
        }
        if (MessageChecks.check(row.source(), row.content()).stream()
                .anyMatch(MessageChecks.Finding::error)) {
            throw new Conflict(key + ": fails its checks; edit it first");
        }
        String previous =
                row.state() == TranslationState.REVIEWED
                        ? row.previousReviewed()
                        : lastReviewed(row);
        Instant now = clock.instant();
        Translation reviewed =
                change(
                        row,
                        row.content(),
                        TranslationState.REVIEWED,
                        by,
                        now,
                        row.source(),
                        previous,
                        TranslationChange.Action.REVIEWED,
                        by,
                        null);
        return view(reviewed);
    }

    @Transactional
    public TranslationView sendBack(String language, String key, String comment, String by) {
        if (comment == null || comment.isBlank()) {
            throw new Invalid("say why it is sent back");
        }
        Translation row = row(language, key);
        Translation sent =
                change(
                        row,
                        row.content(),
                        TranslationState.DRAFT,
                        null,
                        null,
                        null,
                        lastReviewed(row),
                        TranslationChange.Action.SENT_BACK,
                        by,
                        comment);
        return view(sent);
    }

    public List<TranslationChange> history(String language, String key) {
        return history.findByTranslationIdOrderById(row(language, key).id());
    }

    public String export(String language) {
        List<Translation> rows = rows(language);
        StringWriter out = new StringWriter();
        Xliff.write(
                new Catalog(
                        language,
                        "Exported from WhatMatters with review states. Commit as translations/catalogs/"
                                + language
                                + ".xlf to make this the shipped baseline.",
                        rows.stream().map(Translation::toEntry).toList()),
                out);
        return out.toString();
    }

    @Transactional
    public CatalogImport.Result importCatalog(
            String language, String xliff, String file, String by) {
        Catalog incoming;
        try {
            incoming = Xliff.readFromTool(file, new StringReader(xliff));
        } catch (CatalogException e) {
            return new CatalogImport.Result(null, e.problems(), 0);
        }
        List<Translation> rows = rows(language);
        Catalog current =
                new Catalog(language, null, rows.stream().map(Translation::toEntry).toList());
        CatalogImport.Result result = CatalogImport.apply(current, incoming, file);
        Map<String, Translation> byKey =
                rows.stream().collect(Collectors.toMap(Translation::textKey, Function.identity()));
        result.catalog()
                .entries()
                .forEach(
                        entry -> {
                            Translation row = byKey.get(entry.key());
                            if (!entry.translation().equals(row.content())) {
                                change(
                                        row,
                                        entry.translation(),
                                        entry.state(),
                                        null,
                                        null,
                                        null,
                                        lastReviewed(row),
                                        TranslationChange.Action.IMPORTED,
                                        by,
                                        "imported from " + file);
                            }
                        });
        return result;
    }

    private Translation change(
            Translation row,
            String content,
            TranslationState state,
            String reviewer,
            Instant reviewedAt,
            String reviewedSource,
            String previousReviewed,
            TranslationChange.Action action,
            String by,
            String comment) {
        Instant now = clock.instant();
        Translation changed =
                translations.update(
                        new Translation(
                                row.id(),
                                row.language(),
                                row.textKey(),
                                row.source(),
                                content,
                                state,
                                reviewer,
                                reviewedAt,
                                reviewedSource,
                                previousReviewed,
                                row.note(),
                                row.position(),
                                now));
        history.save(
                new TranslationChange(null, row.id(), action, state, content, by, comment, now));
        served.invalidate();
        return changed;
    }

    private String lastReviewed(Translation row) {
        return row.state() == TranslationState.REVIEWED ? row.content() : row.previousReviewed();
    }

    private TranslationView view(Translation row) {
        Map<String, Translation> language =
                translations.findByLanguageOrderByPosition(row.language()).stream()
                        .collect(Collectors.toMap(Translation::textKey, Function.identity()));
        language.put(row.textKey(), row);
        return review.view(row, language, warnings(row));
    }

    private List<String> warnings(Translation row) {
        return MessageChecks.check(row.source(), row.content()).stream()
                .map(finding -> (finding.error() ? "error: " : "warning: ") + finding.message())
                .toList();
    }

    private List<Translation> rows(String language) {
        if (!Catalogs.TRANSLATED.contains(language)) {
            throw new NotFound(
                    "no catalog for '"
                            + language
                            + "' ("
                            + String.join(", ", Catalogs.TRANSLATED)
                            + ")");
        }
        return translations.findByLanguageOrderByPosition(language);
    }

    private Translation row(String language, String key) {
        rows(language);
        return translations
                .findByLanguageAndTextKey(language, key)
                .orElseThrow(() -> new NotFound("no text '" + key + "' in " + language));
    }

    /** Import outcome as the API shows it. */
    public static List<String> describe(List<CatalogProblem> problems) {
        return problems.stream().map(CatalogProblem::toString).toList();
    }
}
