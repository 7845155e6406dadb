package org.whatmatters.backend.console.partner;

import static org.whatmatters.backend.console.partner.PersonPage.actor;
import static org.whatmatters.backend.console.partner.PersonPage.choice;
import static org.whatmatters.backend.console.partner.PersonPage.localTime;
import static org.whatmatters.backend.console.partner.PersonPage.text;

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
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.whatmatters.backend.followup.ContactChannel;
import org.whatmatters.backend.followup.ContactOutcomes;
import org.whatmatters.backend.followup.FollowUpContact;
import org.whatmatters.backend.followup.FollowUps;
import org.whatmatters.backend.followup.PartnerStop;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.time.UkTime;

/**
 * The follow-up timeline's actions on the person page: one contact (skip, move, bring forward,
 * merge feedback, change channel, record a call's or visit's outcome) or all still to come (pause,
 * resume, stop, another channel, an extra contact, signposting now). The rules (quiet hours, order,
 * who may) are {@link FollowUps}'.
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

    ScheduleForms(
            PersonPage page,
            PartnerAccess access,
            FollowUps followUps,
            ContactOutcomes outcomes,
            PartnerStop stop) {
        this.page = page;
        this.access = access;
        this.followUps = followUps;
        this.outcomes = outcomes;
        this.stop = stop;
    }

    @Post("/{contactId}/move")
    HttpResponse<?> move(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body Map<String, String> form,
            Authentication who) {
        return page.act(
                personId,
                who,
                "move-" + contactId,
                "at",
                "moved",
                () -> {
                    access.referralFor(personId, who);
                    LocalDateTime at = localTime(form, "at");
                    if (at == null) {
                        throw Invalid.field("at", "enter the new date and time");
                    }
                    followUps.move(
                            personId,
                            contactId,
                            UkTime.instant(at),
                            actor(who),
                            text(form, "reason"));
                });
    }

    @Post("/{contactId}/skip")
    HttpResponse<?> skip(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body Map<String, String> form,
            Authentication who) {
        return contactButton(personId, contactId, form, who, "skipped", followUps::skip);
    }

    @Post("/{contactId}/bring-forward")
    HttpResponse<?> bringForward(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body Map<String, String> form,
            Authentication who) {
        return contactButton(
                personId, contactId, form, who, "brought-forward", followUps::bringForward);
    }

    @Post("/{contactId}/merge-feedback")
    HttpResponse<?> mergeFeedback(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body Map<String, String> form,
            Authentication who) {
        return contactButton(personId, contactId, form, who, "merged", followUps::mergeFeedback);
    }

    @Post("/{contactId}/channel")
    HttpResponse<?> channel(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body Map<String, String> form,
            Authentication who) {
        return page.act(
                personId,
                who,
                "channel-" + contactId,
                "channel",
                "channel-changed",
                () -> {
                    access.referralFor(personId, who);
                    followUps.changeChannel(
                            personId,
                            contactId,
                            choice(ContactChannel.class, form, "channel", "choose a channel"),
                            actor(who),
                            text(form, "reason"));
                });
    }

    @Post("/{contactId}/outcome")
    HttpResponse<?> outcome(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body Map<String, String> form,
            Authentication who) {
        return page.act(
                personId,
                who,
                "outcome-" + contactId,
                "outcome",
                "outcome-recorded",
                () -> {
                    access.referralFor(personId, who);
                    Map<String, String> feedback = new HashMap<>();
                    form.forEach(
                            (name, value) -> {
                                if (name.startsWith("feedback.")
                                        && value != null
                                        && !value.isBlank()) {
                                    feedback.put(
                                            name.substring("feedback.".length()), value.strip());
                                }
                            });
                    outcomes.record(
                            personId,
                            contactId,
                            choice(
                                    FollowUpContact.Outcome.class,
                                    form,
                                    "outcome",
                                    "choose what happened"),
                            text(form, "note"),
                            feedback.isEmpty() ? null : feedback,
                            actor(who));
                });
    }

    @Post("/pause")
    HttpResponse<?> pause(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return scheduleButton(personId, form, who, "paused", followUps::pause);
    }

    @Post("/resume")
    HttpResponse<?> resume(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return scheduleButton(personId, form, who, "resumed", followUps::resume);
    }

    @Post("/stop")
    HttpResponse<?> stopAll(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return page.act(
                personId,
                who,
                "stop",
                "reason",
                "stopped",
                () -> {
                    access.referralFor(personId, who);
                    stop.declined(personId, actor(who), text(form, "reason"));
                });
    }

    @Post("/extra")
    HttpResponse<?> extra(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return page.act(
                personId,
                who,
                "extra",
                "at",
                "added",
                () -> {
                    Referral referral = access.referralFor(personId, who);
                    LocalDateTime at = localTime(form, "at");
                    ContactChannel channel =
                            text(form, "channel") == null
                                    ? null
                                    : choice(
                                            ContactChannel.class,
                                            form,
                                            "channel",
                                            "choose a channel");
                    followUps.add(
                            personId,
                            referral.id(),
                            "follow-up-2",
                            channel,
                            at == null ? null : UkTime.instant(at),
                            actor(who),
                            text(form, "reason"));
                });
    }

    @Post("/signposting")
    HttpResponse<?> signposting(
            @PathVariable Long personId, @Body Map<String, String> form, Authentication who) {
        return scheduleButton(
                personId,
                form,
                who,
                "signposting",
                (person, referralId, actor, reason) ->
                        followUps.add(
                                person, referralId, "signposting", null, null, actor, reason));
    }

    /** A step on one contact, such as skip: (person, contact, actor, reason). */
    private interface ContactStep {
        void take(Long personId, Long contactId, String actor, String reason);
    }

    /** A step on all contacts still to come, such as pause: (person, referral, actor, reason). */
    private interface ScheduleStep {
        void take(Long personId, Long referralId, String actor, String reason);
    }

    /** A contact's button (with an optional reason), for a person the partner may act for. */
    private HttpResponse<?> contactButton(
            Long personId,
            Long contactId,
            Map<String, String> form,
            Authentication who,
            String done,
            ContactStep step) {
        return page.act(
                personId,
                who,
                "contact-" + contactId,
                "button",
                done,
                () -> {
                    access.referralFor(personId, who);
                    step.take(personId, contactId, actor(who), text(form, "reason"));
                });
    }

    /**
     * The whole schedule's button (with an optional reason), on the referral the partner may act
     * for.
     */
    private HttpResponse<?> scheduleButton(
            Long personId,
            Map<String, String> form,
            Authentication who,
            String done,
            ScheduleStep step) {
        return page.act(
                personId,
                who,
                "schedule",
                "button",
                done,
                () -> {
                    Referral referral = access.referralFor(personId, who);
                    step.take(personId, referral.id(), actor(who), text(form, "reason"));
                });
    }
}
