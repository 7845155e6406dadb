package org.whatmatters.backend.signposting;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A kind of local service (exercise, housing, ...), from {@code signposting/categories.yaml}: its
 * code as used in the directory, a plain-English label, and the everyday words that point to it in
 * a person's answers.
 */
@Serdeable
public record Category(String code, String label, List<String> keywords) {

    public Category {
        keywords = List.copyOf(keywords);
    }
}
