package org.whatmatters.backend.referral;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;

/**
 * Where more than one delivery partner works, new self-referrals wait here until an admin gives
 * each to a partner. The admin sees only what routing needs: when it came in and where it stands,
 * no answers.
 */
@Controller("/staff/referrals")
@Secured(Role.Names.ADMIN)
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "bearer")
class ReferralAssignmentController {

    @Serdeable
    record Unassigned(Long referralId, ReferralStatus status, Instant createdAt) {}

    @Serdeable
    record Assignment(@NotNull Long organisationId) {}

    private final ReferralRepository referrals;
    private final Referrals lifecycle;

    ReferralAssignmentController(ReferralRepository referrals, Referrals lifecycle) {
        this.referrals = referrals;
        this.lifecycle = lifecycle;
    }

    @Get("/unassigned")
    List<Unassigned> unassigned() {
        return referrals.findByOrganisationIdIsNullOrderById().stream()
                .map(
                        referral ->
                                new Unassigned(
                                        referral.id(), referral.status(), referral.createdAt()))
                .toList();
    }

    @Post("/{referralId}/assign")
    Unassigned assign(
            @PathVariable Long referralId,
            @Body @Valid Assignment body,
            Authentication authentication) {
        Referral assigned =
                lifecycle.assign(
                        referralId, SignedIn.from(authentication).actor(), body.organisationId());
        return new Unassigned(assigned.id(), assigned.status(), assigned.createdAt());
    }
}
