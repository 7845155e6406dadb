package org.whatmatters.backend.console.session;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.console.ConsoleSettings;
import org.whatmatters.backend.staff.StaffAccount;
import org.whatmatters.backend.staff.StaffAccountRepository;

/**
 * Console sessions: opened at sign-in, found again from the cookie on every request (while the
 * account is still enabled and the session has not sat idle longer than {@code
 * CONSOLE_IDLE_TIMEOUT}), closed at sign-out.
 */
@Singleton
public class ConsoleSessions {

    /** A session in use, with the account behind it as it stands now. */
    public record Open(ConsoleSession session, StaffAccount account) {}

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsoleSessionRepository sessions;
    private final StaffAccountRepository accounts;
    private final ConsoleSettings settings;
    private final Clock clock;

    ConsoleSessions(
            ConsoleSessionRepository sessions,
            StaffAccountRepository accounts,
            ConsoleSettings settings,
            Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new session for this account; returns the token for the cookie (never stored itself). */
    public String open(StaffAccount account) {
        String token = randomToken();
        Instant now = clock.instant();
        sessions.save(new ConsoleSession(null, hash(token), account.id(), randomToken(), now, now));
        LOG.info("console session opened for {}", account.username());
        return token;
    }

    /**
     * The session this cookie token opens, if any. {@code activity} counts the request as use
     * (resetting the idle timer); an automatic refresh of a page does not, so a dashboard left open
     * still times out.
     */
    public Optional<Open> find(String token, boolean activity) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<ConsoleSession> found = sessions.findByTokenHash(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConsoleSession session = found.get();
        Instant now = clock.instant();
        if (session.lastSeenAt().plus(settings.idleTimeout()).isBefore(now)) {
            sessions.deleteById(session.id());
            LOG.info("console session {} timed out", session.id());
            return Optional.empty();
        }
        Optional<StaffAccount> account =
                accounts.findById(session.staffAccountId()).filter(StaffAccount::enabled);
        if (account.isEmpty()) {
            sessions.deleteById(session.id());
            LOG.info("console session {} ended: account disabled", session.id());
            return Optional.empty();
        }
        if (activity && session.lastSeenAt().plusSeconds(5).isBefore(now)) {
            session = sessions.update(session.seenAt(now));
        }
        return Optional.of(new Open(session, account.get()));
    }

    public void close(String token) {
        if (token != null && !token.isBlank()) {
            sessions.deleteByTokenHash(hash(token));
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
