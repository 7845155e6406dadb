package org.whatmatters.backend.translation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.whatmatters.translations.catalog.TranslationState;

/** One change to a translation, for its full history. */
@Serdeable
@MappedEntity("translation_history")
public record TranslationChange(
        @Id @GeneratedValue @Nullable Long id,
        Long translationId,
        Action action,
        TranslationState state,
        String content,
        String actor,
        @Nullable String comment,
        @MappedProperty("happened_at") Instant at) {

    public enum Action {
        SEEDED,
        UPDATED_FROM_FILE,
        STALED,
        EDITED,
        REVIEWED,
        SENT_BACK,
        IMPORTED
    }
}
