package org.whatmatters.backend.ratelimit;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows and then locks repeated failed sign-ins, per username and per client address, with the
 * counts in the database so every instance sees the same. After a few free failures each next
 * attempt must wait longer (1 s, 2 s, 4 s, ... at most a minute); after {@code signInLockAfter}
 * failures the username is locked for {@code signInLockFor}, and while it is, even the right
 * password is refused. A success clears the username's count (not the address's, so one valid
 * account cannot be used to reset guessing at others).
 */
@Singleton
public class SignInThrottle {

    private static final Duration LONGEST_DELAY = Duration.ofMinutes(1);

    private final SignInFailureRepository failures;
    private final RateLimitSettings settings;
    private final Clock clock;

    SignInThrottle(SignInFailureRepository failures, RateLimitSettings settings, Clock clock) {
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Until when this sign-in must be refused without looking at the password; empty: it may be
     * checked.
     */
    @Transactional
    public Optional<Instant> refusedUntil(String username, String address) {
        Instant now = clock.instant();
        return subjects(username, address).stream()
                .flatMap(subject -> failures.findById(subject).stream())
                .map(SignInFailure::blockedUntil)
                .filter(until -> until != null && until.isAfter(now))
                .max(Instant::compareTo);
    }

    @Transactional
    public void failed(String username, String address) {
        record(user(username), settings.signInLockAfter());
        record(address(address), settings.signInAddressLockAfter());
    }

    @Transactional
    public void succeeded(String username) {
        failures.deleteById(user(username));
    }

    /**
     * Forgets failures past the window whose lock has ended (the retention job calls it daily); how
     * many.
     */
    @Transactional
    public int forgetOld() {
        Instant now = clock.instant();
        return failures.deleteForgotten(now.minus(settings.signInFailureWindow()), now);
    }

    private void record(String subject, int lockAfter) {
        Instant now = clock.instant();
        Optional<SignInFailure> before = failures.findById(subject);
        int count =
                before.filter(
                                        f ->
                                                f.lastFailureAt()
                                                        .plus(settings.signInFailureWindow())
                                                        .isAfter(now))
                                .map(SignInFailure::failures)
                                .orElse(0)
                        + 1;
        SignInFailure after =
                new SignInFailure(subject, count, now, blockedUntil(count, lockAfter, now));
        try {
            if (before.isPresent()) {
                failures.update(after);
            } else {
                failures.save(after);
            }
        } catch (DataAccessException raced) {
            failures.update(after); // another instance wrote the first failure at the same moment
        }
    }

    private Instant blockedUntil(int count, int lockAfter, Instant now) {
        if (count >= lockAfter) {
            return now.plus(settings.signInLockFor());
        }
        int over = count - settings.signInFreeFailures();
        if (over < 0) {
            return null;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over, 6));
        return now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
    }

    private static List<String> subjects(String username, String address) {
        return List.of(user(username), address(address));
    }

    private static String user(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "user:" + (name.length() > 150 ? name.substring(0, 150) : name);
    }

    private static String address(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
