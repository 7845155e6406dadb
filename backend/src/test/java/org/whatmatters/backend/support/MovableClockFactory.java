package org.whatmatters.backend.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * With {@code test.clock-start} set, the application runs on a {@link MovableClock} starting then.
 */
@Factory
@Requires(property = "test.clock-start")
class MovableClockFactory {

    @Singleton
    @Replaces(Clock.class)
    MovableClock clock(@Value("${test.clock-start}") String start) {
        return new MovableClock(Instant.parse(start));
    }
}
