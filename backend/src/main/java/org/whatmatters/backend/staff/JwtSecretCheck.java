package org.whatmatters.backend.staff;

import io.micronaut.context.annotation.Context;
import java.nio.charset.StandardCharsets;
import org.whatmatters.backend.settings.InvalidSettingException;

/**
 * Refuses to start with a staff-token key too short for HS256 (it needs 256 bits): otherwise the
 * service would start, look healthy, and fail every sign-in.
 */
@Context
class JwtSecretCheck {

    static final int MINIMUM_BYTES = 32;

    JwtSecretCheck(StaffTokenSecret setting) {
        String secret = setting.secret();
        if (secret.isBlank()) {
            throw new InvalidSettingException(
                    "JWT_SECRET",
                    "is missing: set it to at least "
                            + MINIMUM_BYTES
                            + " random characters, or WHATMATTERS_DEV_MODE=true for a development secret");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new InvalidSettingException(
                    "JWT_SECRET", "must be at least " + MINIMUM_BYTES + " characters");
        }
    }
}
