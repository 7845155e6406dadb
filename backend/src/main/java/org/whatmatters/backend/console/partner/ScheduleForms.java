package org.whatmatters.backend.console.partner;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import org.whatmatters.backend.followup.ContactChannel;
import org.whatmatters.backend.followup.ContactOutcomes;
import org.whatmatters.backend.followup.FollowUpContact;
import org.whatmatters.backend.followup.FollowUps;
import org.whatmatters.backend.followup.PartnerStop;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.staff.Role;
import org.whatmatters.backend.time.UkTime;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.whatmatters.backend.console.partner.PersonPage.actor;
import static org.whatmatters.backend.console.partner.PersonPage.choice;
import static org.whatmatters.backend.console.partner.PersonPage.localTime;
import static org.whatmatters.backend.console.partner.PersonPage.text;

/**
 * The follow-up timeline's actions on the person page: one contact (skip, move, bring forward, merge feedback,
 * change channel, record a call's or visit's outcome) or all still to come (pause, resume, stop, another
 * channel, an extra contact, signposting now). The rules (quiet hours, order, who may) are {@link FollowUps}'.
 */
@Controller(PartnerPaths.CASELOAD + "/people/{personId}/follow-ups")
@Secured(Role.Names.PARTNER)
@Hidden
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class ScheduleForms {

    private final PersonPage page;
    private final PartnerAccess access;
    private final FollowUps followUps;
    private final ContactOutcomes outcomes;
    private final PartnerStop stop;

    ScheduleForms(PersonPage page, PartnerAccess access, FollowUps followUps, ContactOutcomes outcomes, PartnerStop stop) {
        this.page = page;
        this.access = access;
        this.followUps = followUps;
        this.outcomes = outcomes;
        this.stop = stop;
    }

    @Post("/{contactId}/move")
    HttpResponse<?> move(@PathVariable Long personId, @PathVariable Long contactId, @Body Map<String, String> form, Authentication who) {
        return page.act(personId, who, "move-" + contactId, "at", "moved", () -> {
            access.referralFor(personId, who);
            LocalDateTime at = localTime(form, "at");
            if (at == null) {
                throw Invalid.field("at", "enter the new date and time");
            }
            followUps.move(personId, contactId, UkTime.instant(at), actor(who), text(form, "reason"));
        });
    }

    @Post("/{contactId}/skip")
    HttpResponse<?> skip(@PathVariable Long personId, @PathVariable Long contactId, @Body Map<String, String> form, Authentication who) {
        return page.act(personId, who, "contact-" + contactId, "button", "skipped", () -> {
            access.referralFor(personId, who);
            followUps.skip(personId, contactId, actor(who), text(form, "reason"));
        });
    }

    @Post("/{contactId}/bring-forward")
    HttpResponse<?> bringForward(@PathVariable Long personId, @PathVariable Long contactId, @Body Map<String, String> form,
                                 Authentication who) {
        return page.act(personId, who, "contact-" + contactId, "button", "brought-forward", () -> {
            access.referralFor(personId, who);
            followUps.bringForward(personId, contactId, actor(who), text(form, "reason"));
        });
    }

    @Post("/{contactId}/merge-feedback")
    HttpResponse<?> mergeFeedback(@PathVariable Long personId, @PathVariable Long contactId, @Body Map<String, String> form,
                                  Authentication who) {
        return page.act(personId, who, "contact-" + contactId, "button", "merged", () -> {
            access.referralFor(personId, who);
            followUps.mergeFeedback(personId, contactId, actor(who), text(form, "reason"));
        });
    }

    @Post("/{contactId}/channel")
    HttpResponse<?> channel(@PathVariable Long personId, @PathVariable Long contactId, @Body Map<String, String> form,
                            Authentication who) {
        return page.act(personId, who, "channel-" + contactId, "channel", "channel-changed", () -> {
            access.referralFor(personId, who);
            followUps.changeChannel(personId, contactId, choice(ContactChannel.class, form, "channel", "choose a channel"),
                    actor(who), text(form, "reason"));
        });
    }

    @Post("/{contactId}/outcome")
    HttpResponse<?> outcome(@PathVariable Long personId, @PathVariable Long contactId, @Body Map<String, String> form,
                            Authentication who) {
        return page.act(personId, who, "outcome-" + contactId, "outcome", "outcome-recorded", () -> {
            access.referralFor(personId, who);
            Map<String, String> feedback = new HashMap<>();
            form.forEach((name, value) -> {
                if (name.startsWith("feedback.") && value != null && !value.isBlank()) {
                    feedback.put(name.substring("feedback.".length()), value.strip());
                }
            });
            outcomes.record(personId, contactId, choice(FollowUpContact.Outcome.class, form, "outcome", "choose what happened"),
                    text(form, "note"), feedback.isEmpty() ? null : feedback, actor(who));
        });
    }

    @Post("/pause")
    HttpResponse<?> pause(@PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return page.act(personId, who, "schedule", "button", "paused", () -> {
            Referral referral = access.referralFor(personId, who);
            followUps.pause(personId, referral.id(), actor(who), text(form, "reason"));
        });
    }

    @Post("/resume")
    HttpResponse<?> resume(@PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return page.act(personId, who, "schedule", "button", "resumed", () -> {
            Referral referral = access.referralFor(personId, who);
            followUps.resume(personId, referral.id(), actor(who), text(form, "reason"));
        });
    }

    @Post("/stop")
    HttpResponse<?> stopAll(@PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return page.act(personId, who, "stop", "reason", "stopped", () -> {
            access.referralFor(personId, who);
            stop.declined(personId, actor(who), text(form, "reason"));
        });
    }

    @Post("/extra")
    HttpResponse<?> extra(@PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return page.act(personId, who, "extra", "at", "added", () -> {
            Referral referral = access.referralFor(personId, who);
            LocalDateTime at = localTime(form, "at");
            ContactChannel channel = text(form, "channel") == null ? null : choice(ContactChannel.class, form, "channel", "choose a channel");
            followUps.add(personId, referral.id(), "follow-up-2", channel, at == null ? null : UkTime.instant(at), actor(who),
                    text(form, "reason"));
        });
    }

    @Post("/signposting")
    HttpResponse<?> signposting(@PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return page.act(personId, who, "schedule", "button", "signposting", () -> {
            Referral referral = access.referralFor(personId, who);
            followUps.add(personId, referral.id(), "signposting", null, null, actor(who), text(form, "reason"));
        });
    }
}
