package org.whatmatters.backend.console.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.alert.StaffAlertController;
import org.whatmatters.backend.caseload.PersonNotes;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.coordinator.PersonCoordinators;
import org.whatmatters.backend.problem.DomainException;
import org.whatmatters.backend.problem.FieldError;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.referral.DeclineReason;
import org.whatmatters.backend.referral.DeliveredTo;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.Referrals;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.time.UkTime;

/**
 * A person's page for their delivery partner and the actions on it that are not about the follow-up
 * schedule: the referral's steps, notes, alerts and the coordinator link. Each action calls the
 * service the API calls; a refusal comes back as the page with the problem beside the field (and a
 * 400 or 409), success as a redirect.
 */
@Controller(PartnerPaths.CASELOAD + "/people/{personId}")
@Secured(Role.Names.PARTNER)
@Hidden
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class PersonPage {

    private final PersonView view;
    private final PartnerAccess access;
    private final Referrals referrals;
    private final PersonNotes notes;
    private final StaffAlertController alerts;
    private final PersonCoordinators coordinators;

    PersonPage(
            PersonView view,
            PartnerAccess access,
            Referrals referrals,
            PersonNotes notes,
            StaffAlertController alerts,
            PersonCoordinators coordinators) {
        this.view = view;
        this.access = access;
        this.referrals = referrals;
        this.notes = notes;
        this.alerts = alerts;
        this.coordinators = coordinators;
    }

    @Get
    @Consumes(MediaType.ALL)
    ModelAndView<Map<String, Object>> show(
            @PathVariable Long personId, @QueryValue @Nullable String done, Authentication who) {
        return view.page(personId, who, List.of(), done);
    }

    @Post("/referral/accept")
    HttpResponse<?> accept(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return act(
                personId,
                who,
                "accept",
                "namedContact",
                "accepted",
                () -> {
                    Referral referral = access.referralFor(personId, who);
                    referrals.accept(
                            referral.id(),
                            actor(who),
                            text(form, "namedContact"),
                            text(form, "reason"));
                });
    }

    @Post("/referral/decline")
    HttpResponse<?> decline(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return act(
                personId,
                who,
                "decline",
                "code",
                "declined",
                () -> {
                    Referral referral = access.referralFor(personId, who);
                    referrals.decline(
                            referral.id(),
                            actor(who),
                            choice(DeclineReason.class, form, "code", "choose the reason"),
                            text(form, "reason"));
                });
    }

    @Post("/referral/order")
    HttpResponse<?> order(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return act(
                personId,
                who,
                "order",
                "item",
                "ordered",
                () -> {
                    Referral referral = access.referralFor(personId, who);
                    referrals.order(
                            referral.id(),
                            actor(who),
                            text(form, "item") == null ? "" : text(form, "item"),
                            text(form, "reason"));
                });
    }

    @Post("/referral/deliver")
    HttpResponse<?> deliver(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return act(
                personId,
                who,
                "deliver",
                "to",
                "delivered",
                () -> {
                    Referral referral = access.referralFor(personId, who);
                    LocalDateTime at = localTime(form, "deliveredAt");
                    referrals.deliver(
                            referral.id(),
                            actor(who),
                            choice(DeliveredTo.class, form, "to", "say who took delivery"),
                            text(form, "signedForBy"),
                            at == null ? null : UkTime.instant(at),
                            text(form, "reason"));
                });
    }

    @Post("/referral/close")
    HttpResponse<?> close(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return act(
                personId,
                who,
                "close",
                "reason",
                "closed",
                () -> {
                    Referral referral = access.referralFor(personId, who);
                    referrals.close(referral.id(), actor(who), text(form, "reason"));
                });
    }

    @Post("/notes")
    HttpResponse<?> note(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return act(
                personId,
                who,
                "note",
                "text",
                "noted",
                () -> notes.add(personId, text(form, "text"), who));
    }

    @Post("/alerts/{alertId}/acknowledge")
    HttpResponse<?> acknowledge(
            @PathVariable Long personId, @PathVariable Long alertId, Authentication who) {
        return act(
                personId,
                who,
                "alert-" + alertId,
                "button",
                "acknowledged",
                () -> alerts.acknowledge(alertId, who));
    }

    @Post("/coordinator")
    HttpResponse<?> link(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return act(
                personId,
                who,
                "coordinator",
                "coordinatorId",
                "linked",
                () -> {
                    String id = text(form, "coordinatorId");
                    Long coordinatorId;
                    try {
                        coordinatorId = id == null ? null : Long.valueOf(id);
                    } catch (NumberFormatException e) {
                        throw Invalid.field("coordinatorId", "choose a coordinator from the list");
                    }
                    coordinators.link(access.referralFor(personId, who), coordinatorId, actor(who));
                });
    }

    @Post("/coordinator/unlink")
    HttpResponse<?> unlink(@PathVariable Long personId, Authentication who) {
        return act(
                personId,
                who,
                "coordinator",
                "coordinatorId",
                "unlinked",
                () -> coordinators.unlink(access.referralFor(personId, who), actor(who)));
    }

    /**
     * Runs an action; on success back to the page (303, so a reload does not repeat it), on a
     * refusal the page again with each problem beside its field in the form {@code formId}.
     */
    HttpResponse<?> act(
            Long personId,
            Authentication who,
            String formId,
            String mainField,
            String done,
            Runnable action) {
        try {
            action.run();
        } catch (NotFound notFound) {
            throw notFound;
        } catch (DomainException refused) {
            List<FieldError> errors = formErrors(refused, formId, mainField);
            return HttpResponse.status(HttpStatus.valueOf(refused.status()))
                    .body(view.page(personId, who, errors, null));
        }
        return HttpResponse.seeOther(
                URI.create(PartnerPaths.person(personId) + "?done=" + done + "#" + formId));
    }

    static List<FieldError> formErrors(DomainException refused, String formId, String mainField) {
        return Pages.errors(refused, mainField).stream()
                .map(error -> new FieldError(formId + "-" + error.field(), error.problem()))
                .toList();
    }

    static String actor(Authentication who) {
        return SignedIn.from(who).actor();
    }

    @Nullable
    static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E choice(
            Class<E> type, Map<String, String> form, String name, String problem) {
        String value = text(form, name);
        try {
            if (value != null) {
                return Enum.valueOf(type, value);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw Invalid.field(name, problem);
    }

    /** A date and time picker's value ("2026-12-01T10:30"), UK time; empty is none. */
    @Nullable
    static LocalDateTime localTime(Map<String, String> form, String name) {
        String value = text(form, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw Invalid.field(name, "enter a date and time, like 1 December 2026 10:30");
        }
    }
}
