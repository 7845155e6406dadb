package org.whatmatters.backend.signposting;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A directory entry suggested for a person, its score (higher first) and why, as short codes:
 * {@code category:exercise} (their words pointed to a category of the service), {@code
 * word:football} (one of their words is in its tags, name or description), {@code area} / {@code
 * area:nearby} / {@code area:everywhere} (how it fits where they are), {@code language} (it speaks
 * their language).
 */
@Serdeable
public record Suggestion(LocalService service, int score, List<String> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
