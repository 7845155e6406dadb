package org.whatmatters.translations.catalog;

import java.time.Instant;

/**
 * One text in one language.
 *
 * @param source the English source now
 * @param translation the text in the catalog's language (empty when not written yet)
 * @param reviewer who reviewed it (null unless reviewed)
 * @param reviewedSource the English source as it was when reviewed; a different source makes it
 *     stale
 * @param note context for the interpreter: which script, what comes before and after, placeholders
 * @param line where it is in the file it was read from (0 when not read from a file)
 */
public record CatalogEntry(
        String key,
        String source,
        String translation,
        TranslationState state,
        String reviewer,
        Instant reviewedAt,
        String reviewedSource,
        String note,
        int line) {

    public CatalogEntry {
        translation = translation == null ? "" : translation;
    }

    /** A new text, nothing translated yet. */
    public static CatalogEntry fresh(String key, String source, String note) {
        return new CatalogEntry(key, source, "", TranslationState.DRAFT, null, null, null, note, 0);
    }

    /**
     * Whether this may be sent to a person: reviewed by a named interpreter, for the source as it
     * is now.
     */
    public boolean servable() {
        return state == TranslationState.REVIEWED
                && !translation.isBlank()
                && reviewer != null
                && !reviewer.isBlank()
                && source.equals(reviewedSource);
    }

    public CatalogEntry withSource(String newSource, String newNote) {
        if (newSource.equals(source)) {
            return new CatalogEntry(
                    key,
                    source,
                    translation,
                    state,
                    reviewer,
                    reviewedAt,
                    reviewedSource,
                    newNote,
                    line);
        }
        TranslationState next =
                translation.isBlank() ? TranslationState.DRAFT : TranslationState.STALE;
        return new CatalogEntry(
                key,
                newSource,
                translation,
                next,
                reviewer,
                reviewedAt,
                reviewedSource,
                newNote,
                line);
    }
}
