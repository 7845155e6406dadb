package org.whatmatters.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The decoy checked for unknown usernames is a constant now (not hashed at start-up): it must cost
 * what a real hash costs.
 */
class PasswordsDecoyTest {

    private final Passwords passwords = new Passwords();

    @Test
    void decoyHasTheCostOfEveryRealHash() {
        String real = passwords.hash("a password of twelve or more");
        assertThat(Passwords.DECOY.substring(0, 7))
                .isEqualTo(real.substring(0, 7)); // "$2a$12$": version and cost
    }

    @Test
    void decoyMatchesNoPasswordSomeoneMightTry() {
        assertThat(passwords.matches("decoy-password-for-timing", Passwords.DECOY)).isFalse();
        assertThat(passwords.matches("", Passwords.DECOY)).isFalse();
    }
}
