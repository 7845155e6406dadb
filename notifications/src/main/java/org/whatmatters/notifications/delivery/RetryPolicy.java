package org.whatmatters.notifications.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential backoff for delivery attempts: the first retry after {@code firstDelay}, each later
 * one {@code multiplier} times the one before, never more than {@code maxDelay}, and no attempt
 * after {@code maxAttempts}.
 */
public record RetryPolicy(
        int maxAttempts, Duration firstDelay, double multiplier, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= firstDelay <= maxDelay");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException(
                    "multiplier must be at least 1.0, was " + multiplier);
        }
    }

    /**
     * How long to wait before the next attempt, given how many attempts have already been made;
     * empty when the message has had all its attempts.
     */
    public Optional<Duration> delayAfter(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        double millis = firstDelay.toMillis() * Math.pow(multiplier, Math.max(0, attemptsMade - 1));
        long capped = (long) Math.min(millis, (double) maxDelay.toMillis());
        return Optional.of(Duration.ofMillis(capped));
    }
}
