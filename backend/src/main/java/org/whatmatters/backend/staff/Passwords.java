package org.whatmatters.backend.staff;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** bcrypt (cost 12) through a maintained library; the clear password is never stored or logged. */
@Singleton
public class Passwords {

    static final int COST = 12;
    public static final int MIN_LENGTH = 12;

    /**
     * bcrypt reads at most 72 bytes; longer passwords would be silently cut, so they are refused.
     */
    public static final int MAX_BYTES = 72;

    /**
     * A hash of a password nobody has (24 random bytes, thrown away), checked when the username is
     * unknown so both cases take as long: a constant of the same cost, not one hashed at start-up,
     * where a cost-12 bcrypt in a cold JVM took about a fifth of the main thread's start-up time.
     */
    static final String DECOY = "$2a$12$icy9xZ5ZDrvmXAUN8Qlqu..OUeJPouitjWlVlNZXjgYY/vKUV5e4S";

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer()
                .verify(
                        password.getBytes(StandardCharsets.UTF_8),
                        hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    public void spendTheSameTime(String password) {
        matches(password, DECOY);
    }

    /** Why this password will not do, or null when it will. */
    public String problemWith(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must be at most " + MAX_BYTES + " bytes";
        }
        return null;
    }
}
