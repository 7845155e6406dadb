package org.whatmatters.translations.catalog;

/**
 * Where a translation is in review. Only {@link #REVIEWED} is ever served, and only while its
 * English source is the one the interpreter reviewed. In XLIFF 2 these are the segment {@code
 * state}s initial, translated and reviewed; stale is {@code subState="wm:stale"} on top of the
 * state it had.
 */
public enum TranslationState {
    /** Written without an interpreter (or not yet at all). */
    DRAFT("initial"),
    /** Written or edited by a translator, waiting for an interpreter's review. */
    TRANSLATED("translated"),
    /** Checked and approved by a named interpreter. */
    REVIEWED("reviewed"),
    /** The English source changed after this was written: must be looked at again. */
    STALE("translated");

    private final String xliffState;

    TranslationState(String xliffState) {
        this.xliffState = xliffState;
    }

    String xliffState() {
        return xliffState;
    }

    static TranslationState fromXliff(String state, String subState) {
        if ("wm:stale".equals(subState)) {
            return STALE;
        }
        return switch (state == null ? "initial" : state) {
            case "initial" -> DRAFT;
            case "translated" -> TRANSLATED;
            case "reviewed", "final" -> REVIEWED;
            default ->
                    throw new IllegalArgumentException(
                            "unknown state '" + state + "' (initial, translated, reviewed, final)");
        };
    }
}
