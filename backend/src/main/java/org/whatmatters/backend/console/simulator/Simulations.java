package org.whatmatters.backend.console.simulator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The simulated conversations, one per signed-in console session, held in memory like an HTTP
 * session's attributes: gone after an hour unused or when the service restarts. Nothing about them
 * reaches the database.
 */
@Singleton
class Simulations {

    private final Cache<Long, Simulation> bySession =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(1_000).build();

    Optional<Simulation> of(Long sessionId) {
        return Optional.ofNullable(bySession.getIfPresent(sessionId));
    }

    void keep(Long sessionId, Simulation simulation) {
        bySession.put(sessionId, simulation);
    }

    void end(Long sessionId) {
        bySession.invalidate(sessionId);
    }
}
