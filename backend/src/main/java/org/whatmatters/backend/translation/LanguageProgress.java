package org.whatmatters.backend.translation;

import io.micronaut.serde.annotation.Serdeable;

/** How far a language's review has got. */
@Serdeable
public record LanguageProgress(
        String language, int total, int reviewed, int translated, int drafts, int stale) {}
