package org.whatmatters.backend.translation;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.translations.catalog.Catalog;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;
import org.whatmatters.translations.catalog.TranslationState;

/**
 * On start, brings the database in line with the shipped catalogs (the baseline in
 * translations/catalogs) and with the English the running scripts hold, which wins over the catalog
 * file's (a build with {@code -DskipTests} ships scripts newer than their catalogs): new keys are
 * added; a changed English makes the translation stale; a newer review in the file (exported,
 * reviewed, committed) comes in; reviewed work in the database is never overwritten by an older
 * file. Keys the scripts no longer use are removed. It logs which reviewed texts became stale
 * (language and keys, nothing else) and when a catalog file is behind the scripts.
 */
@Singleton
class CatalogBaseline {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogBaseline.class);
    static final String SYSTEM = "catalog baseline";

    private final TranslationRepository translations;
    private final TranslationChangeRepository history;
    private final ServedTranslations served;
    private final RunningEnglish running;
    private final Clock clock;

    CatalogBaseline(
            TranslationRepository translations,
            TranslationChangeRepository history,
            ServedTranslations served,
            RunningEnglish running,
            Clock clock) {
        this.translations = translations;
        this.history = history;
        this.served = served;
        this.running = running;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (String language : Catalogs.TRANSLATED) {
            load(Catalogs.shipped(language));
        }
    }

    void load(Catalog shipped) {
        List<String> behind =
                shipped.entries().stream()
                        .filter(
                                entry ->
                                        running.sources().containsKey(entry.key())
                                                && !running.sources()
                                                        .get(entry.key())
                                                        .text()
                                                        .equals(entry.source()))
                        .map(CatalogEntry::key)
                        .toList();
        if (!behind.isEmpty()) {
            LOG.warn(
                    "catalog {}.xlf holds other English than the running scripts for {} texts {}: the scripts' English is used; "
                            + "extract the catalogs again",
                    shipped.language(),
                    behind.size(),
                    behind);
        }
        Catalog catalog = shipped.syncedWith(running.sources());
        Set<String> reviewedInFile =
                shipped.entries().stream()
                        .filter(entry -> entry.state() == TranslationState.REVIEWED)
                        .map(CatalogEntry::key)
                        .collect(Collectors.toSet());
        List<String> reviewedNowStale = new ArrayList<>();
        Instant now = clock.instant();
        Map<String, Translation> existing = new HashMap<>();
        translations
                .findByLanguageOrderByPosition(catalog.language())
                .forEach(row -> existing.put(row.textKey(), row));
        int added = 0;
        int staled = 0;
        List<CatalogEntry> entries = catalog.entries();
        for (int position = 0; position < entries.size(); position++) {
            CatalogEntry file = entries.get(position);
            Translation row = existing.remove(file.key());
            if (row == null) {
                try {
                    Translation saved =
                            translations.save(
                                    new Translation(
                                            null,
                                            catalog.language(),
                                            file.key(),
                                            file.source(),
                                            file.translation(),
                                            file.state(),
                                            file.reviewer(),
                                            file.reviewedAt(),
                                            file.reviewedSource(),
                                            null,
                                            file.note(),
                                            position,
                                            now));
                    record(saved, TranslationChange.Action.SEEDED, now);
                    added++;
                    if (saved.state() == TranslationState.STALE
                            && reviewedInFile.contains(saved.textKey())) {
                        reviewedNowStale.add(saved.textKey());
                    }
                } catch (DataAccessException anotherInstanceSeededIt) {
                    // two instances starting together: the unique key lets one seed each text
                    LOG.info(
                            "translation {} {} was seeded by another instance",
                            catalog.language(),
                            file.key());
                }
                continue;
            }
            Translation updated = merge(row, file, position, now);
            if (!updated.equals(row)) {
                translations.update(updated);
                if (updated.state() == TranslationState.STALE
                        && row.state() != TranslationState.STALE) {
                    record(updated, TranslationChange.Action.STALED, now);
                    staled++;
                    if (row.state() == TranslationState.REVIEWED
                            || reviewedInFile.contains(row.textKey())) {
                        reviewedNowStale.add(row.textKey());
                    }
                } else if (!updated.content().equals(row.content())
                        || updated.state() != row.state()) {
                    record(updated, TranslationChange.Action.UPDATED_FROM_FILE, now);
                }
            }
        }
        existing.values().forEach(translations::delete);
        served.invalidate();
        if (added + staled > 0) {
            LOG.info(
                    "translations {}: {} new, {} stale after the English changed",
                    catalog.language(),
                    added,
                    staled);
        }
        if (!reviewedNowStale.isEmpty()) {
            LOG.warn(
                    "translations {}: {} reviewed texts are stale, their English changed; sent in English until reviewed again: {}",
                    catalog.language(),
                    reviewedNowStale.size(),
                    reviewedNowStale);
        }
    }

    private static Translation merge(
            Translation row, CatalogEntry file, int position, Instant now) {
        boolean fileReviewIsNewer =
                file.state() == TranslationState.REVIEWED
                        && file.reviewedAt() != null
                        && (row.reviewedAt() == null
                                || file.reviewedAt().isAfter(row.reviewedAt()));
        boolean dbHasWork =
                row.state() == TranslationState.REVIEWED
                        || row.state() == TranslationState.TRANSLATED
                        || (row.state() == TranslationState.STALE && !row.content().isBlank());
        Translation base = row;
        if (fileReviewIsNewer || (!dbHasWork && !file.translation().equals(row.content()))) {
            base =
                    new Translation(
                            row.id(),
                            row.language(),
                            row.textKey(),
                            row.source(),
                            file.translation(),
                            file.state(),
                            file.reviewer(),
                            file.reviewedAt(),
                            file.reviewedSource(),
                            row.previousReviewed(),
                            row.note(),
                            position,
                            now);
        }
        if (!base.source().equals(file.source())) {
            TranslationState state =
                    base.content().isBlank() ? TranslationState.DRAFT : TranslationState.STALE;
            base =
                    new Translation(
                            base.id(),
                            base.language(),
                            base.textKey(),
                            file.source(),
                            base.content(),
                            state,
                            base.reviewer(),
                            base.reviewedAt(),
                            base.reviewedSource(),
                            base.previousReviewed(),
                            file.note(),
                            position,
                            now);
        } else if (base.position() != position
                || !java.util.Objects.equals(base.note(), file.note())) {
            base =
                    new Translation(
                            base.id(),
                            base.language(),
                            base.textKey(),
                            base.source(),
                            base.content(),
                            base.state(),
                            base.reviewer(),
                            base.reviewedAt(),
                            base.reviewedSource(),
                            base.previousReviewed(),
                            file.note(),
                            position,
                            base == row ? row.updatedAt() : now);
        }
        return base;
    }

    private void record(Translation row, TranslationChange.Action action, Instant now) {
        history.save(
                new TranslationChange(
                        null, row.id(), action, row.state(), row.content(), SYSTEM, null, now));
    }
}
