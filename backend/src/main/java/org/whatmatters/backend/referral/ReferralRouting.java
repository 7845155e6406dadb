package org.whatmatters.backend.referral;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.staff.OrganisationRepository;

/**
 * Which delivery partner a new self-referral goes to: the only one, where a deployment has one
 * partner (the usual case); otherwise nobody yet, and an admin assigns it (GET
 * /staff/referrals/unassigned).
 */
@Singleton
class ReferralRouting {

    private final OrganisationRepository organisations;

    ReferralRouting(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Nullable
    Long organisationFor(Long personId) {
        List<Organisation> all = organisations.listOrderByName();
        return all.size() == 1 ? all.get(0).id() : null;
    }
}
