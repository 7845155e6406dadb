package org.whatmatters.backend.console.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One signed-in browser: the hash of its cookie's token, whose it is, its CSRF token, and when it
 * was last used.
 */
@MappedEntity("console_session")
public record ConsoleSession(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        Long staffAccountId,
        String csrfToken,
        Instant createdAt,
        Instant lastSeenAt) {

    ConsoleSession seenAt(Instant at) {
        return new ConsoleSession(id, tokenHash, staffAccountId, csrfToken, createdAt, at);
    }

    @Override
    public String toString() {
        return "ConsoleSession[id=" + id + ", staffAccountId=" + staffAccountId + "]";
    }
}
