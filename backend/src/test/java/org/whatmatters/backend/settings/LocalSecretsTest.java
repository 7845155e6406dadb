package org.whatmatters.backend.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Development secrets are made only when development mode is asked for by name. */
class LocalSecretsTest {

    @Test
    void withoutDevelopmentModeNothingIsMadeSoAMissingSecretStopsStartUp() {
        assertThat(LocalSecrets.forDevelopment(Map.of())).isEmpty();
        assertThat(LocalSecrets.forDevelopment(Map.of("WHATMATTERS_DEV_MODE", "false"))).isEmpty();
    }

    @Test
    void developmentModeMakesEverySecretThatIsMissing() {
        Map<String, Object> made =
                LocalSecrets.forDevelopment(Map.of("WHATMATTERS_DEV_MODE", "true"));
        assertThat(made)
                .containsOnlyKeys(
                        "micronaut.security.token.jwt.signatures.secret.generator.secret",
                        "whatmatters.privacy.data-key",
                        "whatmatters.privacy.phone-lookup.key");
        assertThat(made.values()).doesNotContainNull();
        assertThat(
                        LocalSecrets.forDevelopment(
                                Map.of(
                                        "WHATMATTERS_DEV_MODE",
                                        "true",
                                        "JWT_SECRET",
                                        "x".repeat(40),
                                        "DATA_ENCRYPTION_KEY",
                                        "set",
                                        "PHONE_LOOKUP_KEY",
                                        "set")))
                .isEmpty();
    }

    @Test
    void aTypoInTheSwitchStopsStartUp() {
        assertThatThrownBy(() -> LocalSecrets.forDevelopment(Map.of("WHATMATTERS_DEV_MODE", "yes")))
                .hasMessageStartingWith("WHATMATTERS_DEV_MODE must be true or false");
    }
}
