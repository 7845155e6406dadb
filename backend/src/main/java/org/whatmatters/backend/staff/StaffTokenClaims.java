package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Micronaut checks {@code exp} only when a token has one; every token this service issues has one,
 * so a token without it (valid for ever) is not ours and is refused. {@code nbf} and {@code iss}
 * are checked by Micronaut's own validators (application.yml, {@code claims-validators}).
 */
@Singleton
class StaffTokenClaims<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return claims.get(Claims.EXPIRATION_TIME) != null && claims.get(Claims.ISSUED_AT) != null;
    }
}
