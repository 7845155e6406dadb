package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token counts only while its account still stands as the token says: enabled, with the
 * same role and organisation. Disabling an account, or changing its role or organisation, stops its
 * tokens at once instead of at expiry. Console sessions make the same check on every request.
 */
@Singleton
class CurrentAccountClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final StaffAccountRepository accounts;

    CurrentAccountClaims(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        if (!(subject instanceof String username)) {
            return false;
        }
        Optional<StaffAccount> account = accounts.findByUsername(username);
        if (account.isEmpty() || !account.get().enabled()) {
            return false;
        }
        Object roles = claims.get("roles");
        boolean sameRole =
                roles instanceof Collection<?> list
                        && list.size() == 1
                        && list.contains(account.get().role().name());
        Object organisation = claims.get(StaffAuthentication.ORGANISATION_CLAIM);
        Long organisationId = organisation instanceof Number number ? number.longValue() : null;
        return sameRole && Objects.equals(organisationId, account.get().organisationId());
    }
}
