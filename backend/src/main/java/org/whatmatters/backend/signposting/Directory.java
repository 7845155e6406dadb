package org.whatmatters.backend.signposting;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;

/**
 * The directory as every match and listing reads it: cached (Caffeine) with each entry's stems
 * worked out, cleared as soon as a change here commits. A change made through another instance
 * arrives within {@code whatmatters.signposting.cache-expiry}.
 */
@Singleton
public class Directory {

    /** By name, ignoring case, whatever the database's collation; then exactly; then by id. */
    static final Comparator<LocalService> BY_NAME =
            Comparator.comparing(LocalService::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(LocalService::name)
                    .thenComparing(
                            LocalService::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private record Snapshot(List<LocalService> services, List<IndexedService> indexed) {}

    private static final String KEY = "directory";

    private final LoadingCache<String, Snapshot> cache;

    Directory(LocalServiceRepository repository, Words words, SignpostingSettings settings) {
        this.cache =
                Caffeine.newBuilder()
                        .maximumSize(1)
                        .expireAfterWrite(settings.cacheExpiry())
                        .build(
                                key -> {
                                    List<LocalService> services =
                                            repository.listOrderByName().stream()
                                                    .sorted(BY_NAME)
                                                    .toList();
                                    return new Snapshot(
                                            services,
                                            services.stream()
                                                    .map(
                                                            service ->
                                                                    IndexedService.of(
                                                                            service, words))
                                                    .toList());
                                });
    }

    /** Every entry, by name. */
    public List<LocalService> services() {
        return cache.get(KEY).services();
    }

    List<IndexedService> indexed() {
        return cache.get(KEY).indexed();
    }

    @TransactionalEventListener
    void changed(DirectoryChanged change) {
        cache.invalidateAll();
    }
}
