package org.whatmatters.backend.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.whatmatters.backend.coordinator.CareDirectory;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.paging.PagedResponse;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.problem.Forbidden;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.referral.ReferralStatus;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.StaffAccountRepository;

/**
 * A care coordinator's view of the people linked to them who agreed to share with their
 * coordinator: their answers in their own words and where their referral is. Anyone who did not
 * consent is not there at all.
 */
@Controller("/coordinator/people")
@Secured(Role.Names.COORDINATOR)
@Tag(name = "Care coordinator")
@SecurityRequirement(name = "bearer")
public class CoordinatorPeopleController {

    static final String CONSENT = "consent_share_coordinator";

    @Serdeable
    public record Shared(
            Long personId,
            @Nullable String name,
            String phone,
            ReferralStatus status,
            @Nullable String namedContact,
            Map<String, Map<String, String>> answers) {}

    private final StaffAccountRepository accounts;
    private final CareDirectory directory;
    private final ReferralRepository referrals;
    private final PersonRepository people;
    private final FactRepository facts;

    CoordinatorPeopleController(
            StaffAccountRepository accounts,
            CareDirectory directory,
            ReferralRepository referrals,
            PersonRepository people,
            FactRepository facts) {
        this.accounts = accounts;
        this.directory = directory;
        this.referrals = referrals;
        this.people = people;
        this.facts = facts;
    }

    /**
     * Paged like the caseload ({@link PagedResponse}: {@code page}, {@code size}, newest referral
     * first, the first 100 by default), in a fixed number of queries however many people: their
     * referrals, everyone's consent (one fact each), then the page's people and their current
     * facts.
     */
    @Get
    HttpResponse<List<Shared>> list(
            Pageable pageable, HttpRequest<?> request, Authentication authentication) {
        return PagedResponse.of(page(authentication, pageable), request);
    }

    /** Also the console's coordinator page: the same consent rule, not written twice. */
    public Page<Shared> page(Authentication authentication, Pageable pageable) {
        List<Referral> theirs =
                referrals.findByCoordinatorIdOrderByIdDesc(coordinator(authentication).id());
        if (theirs.isEmpty()) {
            return Page.of(List.of(), PagedResponse.unsorted(pageable), 0L);
        }
        Map<Long, String> consent = new HashMap<>();
        // oldest first: the last of each person is their current answer
        facts.findByPersonIdInAndNameOrderById(
                        theirs.stream().map(Referral::personId).collect(Collectors.toSet()),
                        CONSENT)
                .forEach(fact -> consent.put(fact.personId(), fact.content()));
        List<Referral> consented =
                theirs.stream()
                        .filter(
                                referral ->
                                        "yes".equalsIgnoreCase(consent.get(referral.personId())))
                        .toList();
        Page<Referral> page = PagedResponse.slice(consented, pageable);
        Set<Long> shown =
                page.getContent().stream().map(Referral::personId).collect(Collectors.toSet());
        Map<Long, Map<String, String>> answers = facts.currentForEach(shown);
        Map<Long, Person> persons =
                shown.isEmpty()
                        ? Map.of()
                        : people.findByIdIn(shown).stream()
                                .collect(Collectors.toMap(Person::id, Function.identity()));
        return page.map(
                referral ->
                        shared(
                                referral,
                                answers.getOrDefault(referral.personId(), Map.of()),
                                persons.get(referral.personId())));
    }

    @Get("/{personId}")
    public Shared show(@PathVariable Long personId, Authentication authentication) {
        Long mine = coordinator(authentication).id();
        return referrals
                .findFirstByPersonIdOrderByIdDesc(personId)
                .filter(referral -> mine.equals(referral.coordinatorId()))
                .flatMap(
                        referral -> {
                            Map<String, String> answers = facts.currentFor(referral.personId());
                            return "yes".equalsIgnoreCase(answers.get(CONSENT))
                                    ? Optional.of(
                                            shared(
                                                    referral,
                                                    answers,
                                                    people.findById(referral.personId())
                                                            .orElseThrow()))
                                    : Optional.empty();
                        })
                .orElseThrow(() -> new NotFound("no person " + personId + " has shared with you"));
    }

    private static Shared shared(Referral referral, Map<String, String> answers, Person person) {
        return new Shared(
                referral.personId(),
                answers.get("preferred_name"),
                person.phoneE164(),
                referral.status(),
                referral.namedContact(),
                AnswerGroups.of(answers));
    }

    private Coordinator coordinator(Authentication authentication) {
        return accounts.findByUsername(authentication.getName())
                .flatMap(account -> directory.forStaffAccount(account.id()))
                .orElseThrow(
                        () ->
                                new Forbidden(
                                        "this account is not linked to a coordinator in the directory; ask an admin to link it"));
    }
}
