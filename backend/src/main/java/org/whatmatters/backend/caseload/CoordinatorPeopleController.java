package org.whatmatters.backend.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.whatmatters.backend.conversation.FactRepository;
import org.whatmatters.backend.coordinator.CareDirectory;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.problem.Forbidden;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.referral.ReferralStatus;
import org.whatmatters.backend.staff.Role;
import org.whatmatters.backend.staff.StaffAccountRepository;

import java.util.List;
import java.util.Map;

/**
 * A care coordinator's view of the people linked to them who agreed to share with their coordinator: their
 * answers in their own words and where their referral is. Anyone who did not consent is not there at all.
 */
@Controller("/coordinator/people")
@Secured(Role.Names.COORDINATOR)
@Tag(name = "Care coordinator")
@SecurityRequirement(name = "bearer")
public class CoordinatorPeopleController {

    static final String CONSENT = "consent_share_coordinator";

    @Serdeable
    public record Shared(Long personId, @Nullable String name, String phone, ReferralStatus status, @Nullable String namedContact,
                  Map<String, Map<String, String>> answers) {
    }

    private final StaffAccountRepository accounts;
    private final CareDirectory directory;
    private final ReferralRepository referrals;
    private final PersonRepository people;
    private final FactRepository facts;

    CoordinatorPeopleController(StaffAccountRepository accounts, CareDirectory directory, ReferralRepository referrals,
                                PersonRepository people, FactRepository facts) {
        this.accounts = accounts;
        this.directory = directory;
        this.referrals = referrals;
        this.people = people;
        this.facts = facts;
    }

    /** Also the console's coordinator page: the same consent rule, not written twice. */
    @Get
    public List<Shared> list(Authentication authentication) {
        return referrals.findByCoordinatorIdOrderByIdDesc(coordinator(authentication).id()).stream()
                .filter(this::consented).map(this::shared).toList();
    }

    @Get("/{personId}")
    public Shared show(@PathVariable Long personId, Authentication authentication) {
        Long mine = coordinator(authentication).id();
        return referrals.findFirstByPersonIdOrderByIdDesc(personId)
                .filter(referral -> mine.equals(referral.coordinatorId()) && consented(referral)).map(this::shared)
                .orElseThrow(() -> new NotFound("no person " + personId + " has shared with you"));
    }

    private boolean consented(Referral referral) {
        return "yes".equalsIgnoreCase(facts.currentFor(referral.personId()).get(CONSENT));
    }

    private Shared shared(Referral referral) {
        Map<String, String> answers = facts.currentFor(referral.personId());
        return new Shared(referral.personId(), answers.get("preferred_name"), people.findById(referral.personId()).orElseThrow().phoneE164(),
                referral.status(), referral.namedContact(), AnswerGroups.of(answers));
    }

    private Coordinator coordinator(Authentication authentication) {
        return accounts.findByUsername(authentication.getName()).flatMap(account -> directory.forStaffAccount(account.id()))
                .orElseThrow(() -> new Forbidden("this account is not linked to a coordinator in the directory; ask an admin to link it"));
    }
}
