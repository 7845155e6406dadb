package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.paging.PagedResponse;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;

/**
 * Alerts for signed-in staff. A partner sees every alert about the people their organisation
 * handles — every send, acknowledgement and escalation — and who each is about. A coordinator sees
 * the alerts sent to them, and who one is about only when it identifies the person (they consented
 * to share, or a crisis). Each recipient can acknowledge their alert here as well as through its
 * link. The list is paged like the caseload ({@link PagedResponse}: {@code page}, {@code size},
 * newest first, the first 100 by default).
 */
@Controller("/staff/alerts")
@Secured({Role.Names.PARTNER, Role.Names.COORDINATOR})
@Tag(name = "Alerts")
@SecurityRequirement(name = "bearer")
public class StaffAlertController {

    private final StaffAlerts staffAlerts;
    private final AlertRepository alerts;
    private final Alerts alerting;
    private final ReferralRepository referrals;

    StaffAlertController(
            StaffAlerts staffAlerts,
            AlertRepository alerts,
            Alerts alerting,
            ReferralRepository referrals) {
        this.staffAlerts = staffAlerts;
        this.alerts = alerts;
        this.alerting = alerting;
        this.referrals = referrals;
    }

    /**
     * {@code personId}: only the alerts about this person (a coordinator: only those that identify
     * them).
     */
    @Get
    HttpResponse<List<AlertView>> list(
            @QueryValue @Nullable Long personId,
            Pageable pageable,
            HttpRequest<?> request,
            Authentication authentication) {
        return PagedResponse.of(page(authentication, personId, pageable), request);
    }

    /** Also the console's alert lists: the same visibility rules, not written twice. */
    public Page<AlertView> page(
            Authentication authentication, @Nullable Long personId, Pageable pageable) {
        return staffAlerts.page(SignedIn.from(authentication), personId, pageable);
    }

    @Get("/{id}")
    AlertView show(@PathVariable Long id, Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        return staffAlerts.view(visibleTo(id, staff), staff);
    }

    @Post("/{id}/acknowledge")
    public AlertView acknowledge(@PathVariable Long id, Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        return staffAlerts.view(alerting.acknowledge(visibleTo(id, staff), staff.actor()), staff);
    }

    private Alert visibleTo(Long id, SignedIn staff) {
        Alert alert = alerts.findById(id).orElseThrow(() -> notFound(id));
        boolean visible =
                staff.partner()
                        ? referrals
                                .findFirstByPersonIdOrderByIdDesc(alert.personId())
                                .map(Referral::organisationId)
                                .filter(organisation -> organisation.equals(staff.organisationId()))
                                .isPresent()
                        : alert.recipient() == Recipient.COORDINATOR
                                && staffAlerts
                                        .coordinatorOf(staff)
                                        .map(Coordinator::id)
                                        .filter(
                                                coordinator ->
                                                        Objects.equals(
                                                                coordinator, alert.recipientId()))
                                        .isPresent();
        if (!visible) {
            throw notFound(id);
        }
        return alert;
    }

    private static NotFound notFound(Long id) {
        return new NotFound("no alert " + id + " for you");
    }
}
