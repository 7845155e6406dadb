package org.whatmatters.backend.notification;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.whatmatters.backend.conversation.FactRepository;
import org.whatmatters.backend.coordinator.CareDirectory;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.staff.Role;
import org.whatmatters.backend.staff.SignedIn;
import org.whatmatters.backend.staff.StaffAccountRepository;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Alerts for signed-in staff. A partner sees every alert about the people their organisation handles — every
 * send, acknowledgement and escalation — and who each is about. A coordinator sees the alerts sent to them, and
 * who one is about only when it identifies the person (they consented to share, or a crisis). Each recipient
 * can acknowledge their alert here as well as through its link.
 */
@Controller("/staff/alerts")
@Secured({Role.Names.PARTNER, Role.Names.COORDINATOR})
@Tag(name = "Alerts")
@SecurityRequirement(name = "bearer")
public class StaffAlertController {

    private final AlertRepository alerts;
    private final AlertDeliveryRepository deliveries;
    private final Alerts alerting;
    private final ReferralRepository referrals;
    private final StaffAccountRepository accounts;
    private final CareDirectory directory;
    private final PersonRepository people;
    private final FactRepository facts;

    StaffAlertController(AlertRepository alerts, AlertDeliveryRepository deliveries, Alerts alerting, ReferralRepository referrals,
                         StaffAccountRepository accounts, CareDirectory directory, PersonRepository people, FactRepository facts) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.alerting = alerting;
        this.referrals = referrals;
        this.accounts = accounts;
        this.directory = directory;
        this.people = people;
        this.facts = facts;
    }

    /** Also the console's alert lists: the same visibility rules, not written twice. */
    @Get
    public List<AlertView> list(Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        List<Alert> visible;
        if (staff.partner()) {
            List<Long> theirs = referrals.findByOrganisationIdOrderByIdDesc(staff.organisationId()).stream().map(Referral::personId).toList();
            visible = theirs.isEmpty() ? List.of() : alerts.findByPersonIdInOrderByIdDesc(theirs);
        } else {
            visible = coordinatorOf(staff).map(c -> alerts.findByRecipientAndRecipientIdOrderByIdDesc(Recipient.COORDINATOR, c.id()))
                    .orElse(List.of());
        }
        return visible.stream().map(alert -> view(alert, staff)).toList();
    }

    @Get("/{id}")
    AlertView show(@PathVariable Long id, Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        return view(visibleTo(id, staff), staff);
    }

    @Post("/{id}/acknowledge")
    public AlertView acknowledge(@PathVariable Long id, Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        return view(alerting.acknowledge(visibleTo(id, staff), staff.actor()), staff);
    }

    private Alert visibleTo(Long id, SignedIn staff) {
        Alert alert = alerts.findById(id).orElseThrow(() -> notFound(id));
        boolean visible = staff.partner()
                ? referrals.findFirstByPersonIdOrderByIdDesc(alert.personId()).map(Referral::organisationId)
                        .filter(organisation -> organisation.equals(staff.organisationId())).isPresent()
                : alert.recipient() == Recipient.COORDINATOR && coordinatorOf(staff).map(Coordinator::id)
                        .filter(coordinator -> Objects.equals(coordinator, alert.recipientId())).isPresent();
        if (!visible) {
            throw notFound(id);
        }
        return alert;
    }

    private AlertView view(Alert alert, SignedIn staff) {
        AlertView.About about = staff.partner() || alert.identifying()
                ? people.findById(alert.personId()).map(person -> new AlertView.About(person.id(),
                        facts.currentFor(person.id()).get("preferred_name"), person.phoneE164())).orElse(null)
                : null;
        return AlertView.of(alert, deliveries.findByAlertIdOrderById(alert.id()), about);
    }

    private Optional<Coordinator> coordinatorOf(SignedIn staff) {
        return accounts.findByUsername(staff.username()).flatMap(account -> directory.forStaffAccount(account.id()));
    }

    private static NotFound notFound(Long id) {
        return new NotFound("no alert " + id + " for you");
    }
}
