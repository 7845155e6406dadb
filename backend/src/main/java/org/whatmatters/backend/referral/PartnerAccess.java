package org.whatmatters.backend.referral;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.security.SignedIn;

/**
 * Partner staff see only the people their organisation handles. Anyone else's person is "not found"
 * (404), not "forbidden", so the API does not even confirm that a person exists elsewhere.
 */
@Singleton
public class PartnerAccess {

    private final ReferralRepository referrals;

    PartnerAccess(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    /** The person's current referral, if the signed-in partner's organisation handles it. */
    public Referral referralFor(Long personId, Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        return referrals
                .findFirstByPersonIdOrderByIdDesc(personId)
                .filter(
                        referral ->
                                referral.organisationId() != null
                                        && referral.organisationId().equals(staff.organisationId()))
                .orElseThrow(() -> new NotFound("no person " + personId + " in your caseload"));
    }
}
