package org.whatmatters.translations.catalog;

/** Something wrong in a catalog, where: {@code file:line: key: problem}. */
public record CatalogProblem(String file, int line, String key, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (key == null ? "" : key + ": ") + message;
    }
}
