package org.whatmatters.backend.app.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A one-time sign-in code sent by SMS; only its bcrypt hash is kept, and only the keyed hash of the
 * number.
 */
@MappedEntity("app_sign_in_code")
record SignInCode(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        String phoneE164Hash,
        String codeHash,
        String requestedBy,
        Instant createdAt,
        Instant expiresAt,
        int tries,
        @Nullable Instant usedAt) {

    @Override
    public String toString() {
        return "SignInCode[id=" + id + ", tries=" + tries + "]";
    }
}
