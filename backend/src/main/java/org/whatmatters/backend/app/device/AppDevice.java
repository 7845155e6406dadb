package org.whatmatters.backend.app.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A device a person signed in on with a one-time code. Its token is kept only as a SHA-256 hash;
 * the FCM registration token is where pushes go, when the app registered one.
 */
@MappedEntity("app_device")
public record AppDevice(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        String tokenHash,
        String name,
        @Nullable String fcmToken,
        Instant createdAt,
        Instant lastSeenAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    @Override
    public String toString() {
        return "AppDevice[id="
                + id
                + ", person="
                + personId
                + ", push="
                + (fcmToken != null)
                + ", revoked="
                + (revokedAt != null)
                + "]";
    }
}
