package org.whatmatters.backend.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as the directories' unique keys compare it: MySQL's collation ignores case and accents,
 * and so does this; runs of white space count as one space, and the ends are trimmed. Two names
 * with the same key are one name to the database, so lookups, duplicate checks and sorting all go
 * through it.
 */
public final class NameKey {

    private NameKey() {}

    public static String of(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }
}
