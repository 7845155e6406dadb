package org.whatmatters.backend.translation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.TranslationState;

/** One text in one language as it stands in the running service. */
@MappedEntity("translation")
public record Translation(
        @Id @GeneratedValue @Nullable Long id,
        String language,
        String textKey,
        String source,
        String content,
        TranslationState state,
        @Nullable String reviewer,
        @Nullable Instant reviewedAt,
        @Nullable String reviewedSource,
        @Nullable String previousReviewed,
        @Nullable String note,
        int position,
        Instant updatedAt) {

    /**
     * The text a person would get for this key in this language's place: the translation, or the
     * English while there is none.
     */
    String sent() {
        return content.isBlank() ? source : content;
    }

    CatalogEntry toEntry() {
        return new CatalogEntry(
                textKey, source, content, state, reviewer, reviewedAt, reviewedSource, note, 0);
    }
}
