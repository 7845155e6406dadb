package org.whatmatters.backend.translation;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.translations.catalog.CatalogEntry;

/**
 * The translations that may be sent, per language, read on every outgoing message: cached
 * (Caffeine), and dropped from the cache whenever a translation changes here. Another instance's
 * change reaches this one within the expiry. Only texts reviewed for the English the running
 * scripts hold are servable — not the English of the catalog file or the database row, which can
 * lag behind the scripts — unless the deployment switched on serve-unreviewed for a demonstration.
 */
@Singleton
public class ServedTranslations {

    private static final Logger LOG = LoggerFactory.getLogger(ServedTranslations.class);

    /** A reviewed text and the English it was reviewed for. */
    private record Served(String content, String reviewedSource) {}

    private final LoadingCache<String, Map<String, Served>> byLanguage;
    private final RunningEnglish running;
    private final boolean serveUnreviewed;

    ServedTranslations(
            TranslationRepository translations,
            TranslationSettings settings,
            RunningEnglish running) {
        this.running = running;
        this.serveUnreviewed = settings.servesUnreviewed();
        this.byLanguage =
                Caffeine.newBuilder()
                        .expireAfterWrite(Duration.ofSeconds(30))
                        .build(
                                language ->
                                        translations
                                                .findByLanguageOrderByPosition(language)
                                                .stream()
                                                .filter(row -> servable(row.toEntry()))
                                                .collect(
                                                        Collectors.toUnmodifiableMap(
                                                                Translation::textKey,
                                                                row ->
                                                                        new Served(
                                                                                row.content(),
                                                                                row.reviewedSource()
                                                                                                == null
                                                                                        ? ""
                                                                                        : row
                                                                                                .reviewedSource()))));
        if (serveUnreviewed) {
            LOG.warn(
                    "!!! SERVE-UNREVIEWED IS ON: draft translations that no interpreter has reviewed WILL BE SENT TO PEOPLE. "
                            + "For demonstrations only; never in a live service. !!!");
        }
    }

    /**
     * The text to send for {@code key} in {@code language}, when one may be sent for the running
     * scripts' English.
     */
    public Optional<String> servable(String language, String key) {
        return running.english(key).flatMap(english -> servable(language, key, english));
    }

    /**
     * The text to send for {@code key} in {@code language}, when it was reviewed for exactly {@code
     * english}.
     */
    public Optional<String> servable(String language, String key, String english) {
        Served served = byLanguage.get(language).get(key);
        if (served == null || !(serveUnreviewed || served.reviewedSource().equals(english))) {
            return Optional.empty();
        }
        return Optional.of(served.content());
    }

    boolean servable(CatalogEntry entry) {
        return entry.servable() || (serveUnreviewed && !entry.translation().isBlank());
    }

    public void invalidate() {
        byLanguage.invalidateAll();
    }
}
