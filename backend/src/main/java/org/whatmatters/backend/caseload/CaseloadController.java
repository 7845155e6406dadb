package org.whatmatters.backend.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.whatmatters.backend.paging.PagedResponse;
import org.whatmatters.backend.referral.ReferralStatus;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;

/**
 * A delivery partner's caseload: the people their organisation handles, filtered by referral
 * status, contacts due today or overdue, people the follow-up could not reach, and open crisis
 * alerts.
 */
@Controller("/partner/caseload")
@Secured(Role.Names.PARTNER)
@Tag(name = "Delivery partner")
@SecurityRequirement(name = "bearer")
class CaseloadController {

    private final Caseload caseload;

    CaseloadController(Caseload caseload) {
        this.caseload = caseload;
    }

    /**
     * Paged ({@link PagedResponse}: {@code page}, {@code size}, newest referral first, the first
     * 100 by default).
     */
    @Get
    HttpResponse<List<CaseloadEntry>> list(
            @QueryValue @Nullable ReferralStatus status,
            @QueryValue @Nullable CaseloadFilter.Due due,
            @QueryValue @Nullable Boolean unreachable,
            @QueryValue @Nullable Boolean crisis,
            Pageable pageable,
            HttpRequest<?> request,
            Authentication authentication) {
        List<CaseloadEntry> all =
                caseload.of(
                        SignedIn.from(authentication).organisationId(),
                        new CaseloadFilter(status, due, unreachable, crisis, null));
        return PagedResponse.of(PagedResponse.slice(all, pageable), request);
    }
}
