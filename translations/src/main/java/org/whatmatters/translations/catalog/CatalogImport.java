package org.whatmatters.translations.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a catalog back from a translation tool. Rows that fail the checks, or name keys the scripts
 * do not use, are reported by key and line and not applied; the rest are. An import never makes
 * anything reviewed, and never silently replaces a reviewed text: a changed translation becomes
 * {@link TranslationState#TRANSLATED}, awaiting an interpreter.
 */
public final class CatalogImport {

    /** The catalog after the import, and the rows that were not applied. */
    public record Result(Catalog catalog, List<CatalogProblem> rejected, int applied) {}

    private CatalogImport() {}

    public static Result apply(Catalog current, Catalog incoming, String file) {
        List<CatalogProblem> rejected = new ArrayList<>();
        if (!current.language().equals(incoming.language())) {
            rejected.add(
                    new CatalogProblem(
                            file,
                            1,
                            null,
                            "this file is for '"
                                    + incoming.language()
                                    + "', not '"
                                    + current.language()
                                    + "'"));
            return new Result(current, rejected, 0);
        }
        Map<String, CatalogEntry> updated = new LinkedHashMap<>();
        current.entries().forEach(entry -> updated.put(entry.key(), entry));
        int applied = 0;
        for (CatalogEntry row : incoming.entries()) {
            CatalogEntry existing = updated.get(row.key());
            if (existing == null) {
                rejected.add(
                        new CatalogProblem(
                                file, row.line(), row.key(), "not a key the scripts use"));
                continue;
            }
            if (row.translation().equals(existing.translation())) {
                continue;
            }
            List<MessageChecks.Finding> errors =
                    MessageChecks.check(existing.source(), row.translation()).stream()
                            .filter(MessageChecks.Finding::error)
                            .toList();
            if (!errors.isEmpty()) {
                errors.forEach(
                        error ->
                                rejected.add(
                                        new CatalogProblem(
                                                file, row.line(), row.key(), error.message())));
                continue;
            }
            updated.put(
                    row.key(),
                    new CatalogEntry(
                            existing.key(),
                            existing.source(),
                            row.translation(),
                            TranslationState.TRANSLATED,
                            null,
                            null,
                            null,
                            existing.note(),
                            existing.line()));
            applied++;
        }
        return new Result(
                new Catalog(
                        current.language(), current.header(), new ArrayList<>(updated.values())),
                rejected,
                applied);
    }
}
