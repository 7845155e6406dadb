package org.whatmatters.backend.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Per-caller request budgets (resilience4j rate limiters, one per caller, refilled every minute),
 * kept in this instance's memory: they shield the CPU and the database of the instance being
 * pushed, so they need not be shared (what must hold across instances, the sign-in lock, is in the
 * database: {@link SignInThrottle}). Limiters unused for ten minutes are forgotten.
 */
@Singleton
public class RequestLimits {

    public enum Kind {
        SIGN_IN,
        ALERT_LINK,
        INBOUND
    }

    private final RateLimitSettings settings;
    private final Cache<String, RateLimiter> limiters =
            Caffeine.newBuilder()
                    .expireAfterAccess(Duration.ofMinutes(10))
                    .maximumSize(100_000)
                    .build();

    RequestLimits(RateLimitSettings settings) {
        this.settings = settings;
    }

    /** Takes one request from the caller's budget; false when it is spent for this minute. */
    public boolean tryTake(Kind kind, String caller) {
        return limiters.get(
                        kind + ":" + caller,
                        key ->
                                RateLimiter.of(
                                        key,
                                        RateLimiterConfig.custom()
                                                .limitForPeriod(perMinute(kind))
                                                .limitRefreshPeriod(Duration.ofMinutes(1))
                                                .timeoutDuration(Duration.ZERO)
                                                .build()))
                .acquirePermission();
    }

    private int perMinute(Kind kind) {
        return switch (kind) {
            case SIGN_IN -> settings.signInPerMinute();
            case ALERT_LINK -> settings.alertLinkPerMinute();
            case INBOUND -> settings.inboundPerMinute();
        };
    }
}
