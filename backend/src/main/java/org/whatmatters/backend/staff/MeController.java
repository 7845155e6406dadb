package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import org.whatmatters.backend.security.SignedIn;

/** Who the bearer token says you are: any signed-in staff member. */
@Controller("/staff/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "bearer")
class MeController {

    @Serdeable
    record Me(String username, Collection<String> roles, @Nullable Long organisationId) {}

    @Get
    Me me(Authentication authentication) {
        return new Me(
                authentication.getName(),
                authentication.getRoles(),
                SignedIn.from(authentication).organisationId());
    }
}
