package org.whatmatters.backend.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/**
 * The staff member behind a request, from their token: who (for audit trails), their role, and for
 * partner staff their organisation (the only caseload they may see).
 */
public record SignedIn(
        String username, boolean admin, boolean partner, @Nullable Long organisationId) {

    /** The token claim carrying a partner's organisation (set at sign-in by the staff package). */
    public static final String ORGANISATION_CLAIM = "organisationId";

    public static SignedIn from(Authentication authentication) {
        Object organisation = authentication.getAttributes().get(ORGANISATION_CLAIM);
        return new SignedIn(
                authentication.getName(),
                authentication.getRoles().contains(Role.Names.ADMIN),
                authentication.getRoles().contains(Role.Names.PARTNER),
                organisation instanceof Number number ? number.longValue() : null);
    }

    /** How they appear in audit trails. */
    public String actor() {
        return "staff:" + username;
    }
}
