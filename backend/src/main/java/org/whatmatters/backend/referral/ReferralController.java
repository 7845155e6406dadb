package org.whatmatters.backend.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.time.UkTime;

/**
 * A delivery partner moves a referral through its lifecycle; every step records who, when and why.
 * Times given ({@code deliveredAt}) are UK local times, "2026-12-01T10:30".
 */
@Controller("/partner/people/{personId}/referral")
@Secured(Role.Names.PARTNER)
@Tag(name = "Delivery partner")
@SecurityRequirement(name = "bearer")
class ReferralController {

    @Serdeable
    record Reason(@Nullable String reason) {}

    @Serdeable
    record Acceptance(@Nullable String namedContact, @Nullable String reason) {}

    @Serdeable
    record Decline(@NotNull DeclineReason code, @Nullable String reason) {}

    @Serdeable
    record Order(String item, @Nullable String reason) {}

    @Serdeable
    record Delivery(
            @NotNull DeliveredTo to,
            @Nullable String signedForBy,
            @Nullable LocalDateTime deliveredAt,
            @Nullable String reason) {}

    @Serdeable
    record NamedContact(String namedContact) {}

    private final Referrals referrals;
    private final PartnerAccess access;
    private final ReferralChangeRepository changes;

    ReferralController(
            Referrals referrals, PartnerAccess access, ReferralChangeRepository changes) {
        this.referrals = referrals;
        this.access = access;
        this.changes = changes;
    }

    @Get
    ReferralView show(@PathVariable Long personId, Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return ReferralView.of(referral, changes.findByReferralIdOrderById(referral.id()));
    }

    @Post("/accept")
    ReferralView accept(
            @PathVariable Long personId,
            @Body @Valid Acceptance body,
            Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return view(
                referrals.accept(
                        referral.id(), actor(authentication), body.namedContact(), body.reason()));
    }

    @Post("/decline")
    ReferralView decline(
            @PathVariable Long personId, @Body @Valid Decline body, Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return view(
                referrals.decline(
                        referral.id(), actor(authentication), body.code(), body.reason()));
    }

    @Post("/order")
    ReferralView order(
            @PathVariable Long personId, @Body @Valid Order body, Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return view(
                referrals.order(referral.id(), actor(authentication), body.item(), body.reason()));
    }

    @Post("/deliver")
    ReferralView deliver(
            @PathVariable Long personId,
            @Body @Valid Delivery body,
            Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return view(
                referrals.deliver(
                        referral.id(),
                        actor(authentication),
                        body.to(),
                        body.signedForBy(),
                        body.deliveredAt() == null ? null : UkTime.instant(body.deliveredAt()),
                        body.reason()));
    }

    @Post("/close")
    ReferralView close(
            @PathVariable Long personId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return view(
                referrals.close(
                        referral.id(), actor(authentication), body == null ? null : body.reason()));
    }

    @Put("/named-contact")
    ReferralView nameContact(
            @PathVariable Long personId,
            @Body @Valid NamedContact body,
            Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return view(
                referrals.nameContact(referral.id(), actor(authentication), body.namedContact()));
    }

    private ReferralView view(Referral referral) {
        return ReferralView.of(referral, changes.findByReferralIdOrderById(referral.id()));
    }

    private static String actor(Authentication authentication) {
        return SignedIn.from(authentication).actor();
    }
}
