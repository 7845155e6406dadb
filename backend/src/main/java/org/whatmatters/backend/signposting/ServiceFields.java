package org.whatmatters.backend.signposting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A directory entry as a partner writes it, in the API's JSON or one CSV row: checked and tidied by
 * {@link ServiceRules} before it is stored.
 */
@Serdeable
public record ServiceFields(
        @Nullable String name,
        @Nullable List<String> categories,
        @Nullable List<String> areas,
        @Nullable List<String> languages,
        @Nullable String phone,
        @Nullable String web,
        @Nullable String hours,
        @Nullable String description,
        @Nullable List<String> tags) {}
