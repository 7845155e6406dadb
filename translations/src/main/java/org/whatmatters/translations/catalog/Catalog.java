package org.whatmatters.translations.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every text in one language, in a stable order (the order the scripts use them). */
public record Catalog(String language, String header, List<CatalogEntry> entries) {

    public Catalog {
        entries = List.copyOf(entries);
    }

    public Optional<CatalogEntry> entry(String key) {
        return entries.stream().filter(entry -> entry.key().equals(key)).findFirst();
    }

    /**
     * Brings this catalog in line with the English sources: new keys are added as drafts, a changed
     * source makes its translation stale, keys no longer used are dropped. Translations are never
     * lost.
     */
    public Catalog syncedWith(Map<String, SourceText> sources) {
        Map<String, CatalogEntry> existing = new LinkedHashMap<>();
        entries.forEach(entry -> existing.put(entry.key(), entry));
        List<CatalogEntry> synced = new ArrayList<>();
        sources.forEach(
                (key, source) ->
                        synced.add(
                                existing.containsKey(key)
                                        ? existing.get(key).withSource(source.text(), source.note())
                                        : CatalogEntry.fresh(key, source.text(), source.note())));
        return new Catalog(language, header, synced);
    }

    /** A text as the scripts have it: the English source and its context for the interpreter. */
    public record SourceText(String text, String note) {}
}
