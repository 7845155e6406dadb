package org.whatmatters.backend.signposting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What matching knows of a person: their own words (their "what matters" answers, one string each),
 * where they are as they put it ("Bradford", "BD3 9AB", "Leeds LS6"), and their language (ISO
 * 639-1, "ur"). Held only for the call: nothing of it is stored or logged.
 */
@Serdeable
public record Profile(
        @Nullable List<String> words, @Nullable String area, @Nullable String language) {

    public Profile {
        words =
                words == null
                        ? List.of()
                        : words.stream().filter(word -> word != null && !word.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "Profile[" + words.size() + " answers]"; // never the person's words
    }
}
