package org.whatmatters.backend.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The staff tokens' HS256 key, Micronaut Security's {@code ...signatures.secret.generator.secret},
 * which application.yml takes from JWT_SECRET; checked by {@link JwtSecretCheck}.
 */
@ConfigurationProperties("micronaut.security.token.jwt.signatures.secret.generator")
public record StaffTokenSecret(@Bindable(defaultValue = "") String secret) {

    @Override
    public String toString() {
        return "StaffTokenSecret[" + (secret.isBlank() ? "absent" : "set") + "]";
    }
}
