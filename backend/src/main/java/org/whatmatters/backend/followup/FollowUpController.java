package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.time.UkTime;

/**
 * A person's follow-up schedule for their delivery partner: the contacts and their audit, and every
 * change a partner may make. Times a partner gives are UK local times ("2026-12-01T10:30"), as they
 * would say them.
 */
@Controller("/partner/people/{personId}/follow-ups")
@Secured(Role.Names.PARTNER)
@Tag(name = "Delivery partner")
@SecurityRequirement(name = "bearer")
class FollowUpController {

    @Serdeable
    record Schedule(boolean paused, List<ContactView> contacts, List<ChangeView> history) {}

    @Serdeable
    record Reason(@Nullable String reason) {}

    @Serdeable
    record Move(@NotNull LocalDateTime at, @Nullable String reason) {}

    @Serdeable
    record ChannelChange(@NotNull ContactChannel channel, @Nullable String reason) {}

    @Serdeable
    record Extra(
            @Nullable String script,
            @Nullable ContactChannel channel,
            @Nullable LocalDateTime at,
            @Nullable String reason) {}

    @Serdeable
    record Outcome(
            @NotNull FollowUpContact.Outcome outcome,
            @Nullable String note,
            @Nullable Map<String, String> feedback) {}

    private final FollowUps followUps;
    private final ContactOutcomes outcomes;
    private final FollowUpChangeRepository changes;
    private final PartnerAccess access;
    private final PartnerStop stop;
    private final NumberCheck numberCheck;

    FollowUpController(
            FollowUps followUps,
            ContactOutcomes outcomes,
            FollowUpChangeRepository changes,
            PartnerAccess access,
            PartnerStop stop,
            NumberCheck numberCheck) {
        this.followUps = followUps;
        this.outcomes = outcomes;
        this.changes = changes;
        this.access = access;
        this.stop = stop;
        this.numberCheck = numberCheck;
    }

    @Get
    Schedule schedule(@PathVariable Long personId, Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return new Schedule(
                referral.followUpsPausedAt() != null,
                views(followUps.of(personId)),
                changes.findByPersonIdOrderById(personId).stream().map(ChangeView::of).toList());
    }

    /**
     * An extra contact: a check-in (follow-up-2 unless another script is named), by default at the
     * next allowed time.
     */
    @Post
    @Status(HttpStatus.CREATED)
    ContactView add(
            @PathVariable Long personId,
            @Nullable @Body @Valid Extra body,
            Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        Extra extra = body == null ? new Extra(null, null, null, null) : body;
        String script = extra.script() == null ? "follow-up-2" : extra.script();
        return ContactView.of(
                followUps.add(
                        personId,
                        referral.id(),
                        script,
                        extra.channel(),
                        london(extra.at()),
                        actor(authentication),
                        extra.reason()));
    }

    /**
     * Signposting now, whenever the partner chooses: a contact of its own at the next allowed time.
     */
    /**
     * The partner has confirmed (by phone, in person) that the number is still the person's (H2):
     * follow-ups are texted to it again, and the long-silence clock starts from now. Contacts
     * already made tasks stay tasks.
     */
    @Post("/number-confirmed")
    Schedule numberConfirmed(
            @PathVariable Long personId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        numberCheck.confirmedByPartner(personId, actor(authentication), reason(body));
        return schedule(personId, authentication);
    }

    @Post("/signposting")
    @Status(HttpStatus.CREATED)
    ContactView offerSignposting(
            @PathVariable Long personId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return ContactView.of(
                followUps.add(
                        personId,
                        referral.id(),
                        "signposting",
                        null,
                        null,
                        actor(authentication),
                        reason(body)));
    }

    @Post("/{contactId}/skip")
    ContactView skip(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        return ContactView.of(
                followUps.skip(personId, contactId, actor(authentication), reason(body)));
    }

    @Post("/{contactId}/move")
    ContactView move(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body @Valid Move body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        return ContactView.of(
                followUps.move(
                        personId,
                        contactId,
                        london(body.at()),
                        actor(authentication),
                        body.reason()));
    }

    @Post("/{contactId}/bring-forward")
    ContactView bringForward(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        return ContactView.of(
                followUps.bringForward(personId, contactId, actor(authentication), reason(body)));
    }

    @Post("/{contactId}/merge-feedback")
    ContactView mergeFeedback(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        return ContactView.of(
                followUps.mergeFeedback(personId, contactId, actor(authentication), reason(body)));
    }

    @Post("/{contactId}/channel")
    ContactView channel(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body @Valid ChannelChange body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        return ContactView.of(
                followUps
                        .changeChannel(
                                personId,
                                contactId,
                                body.channel(),
                                actor(authentication),
                                body.reason())
                        .get(0));
    }

    @Post("/{contactId}/outcome")
    ContactView outcome(
            @PathVariable Long personId,
            @PathVariable Long contactId,
            @Body @Valid Outcome body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        return ContactView.of(
                outcomes.record(
                        personId,
                        contactId,
                        body.outcome(),
                        body.note(),
                        body.feedback(),
                        actor(authentication)));
    }

    /** Every contact still to come, to another channel. */
    @Post("/channel")
    List<ContactView> channelOfAll(
            @PathVariable Long personId,
            @Body @Valid ChannelChange body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        return views(
                followUps.changeChannel(
                        personId, null, body.channel(), actor(authentication), body.reason()));
    }

    @Post("/pause")
    List<ContactView> pause(
            @PathVariable Long personId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return views(followUps.pause(personId, referral.id(), actor(authentication), reason(body)));
    }

    @Post("/resume")
    List<ContactView> resume(
            @PathVariable Long personId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        return views(
                followUps.resume(personId, referral.id(), actor(authentication), reason(body)));
    }

    /**
     * The person declined further contact (told the partner in person or by phone): every contact
     * stops at once.
     */
    @Post("/stop")
    List<ContactView> stop(
            @PathVariable Long personId,
            @Nullable @Body @Valid Reason body,
            Authentication authentication) {
        access.referralFor(personId, authentication);
        return views(stop.declined(personId, actor(authentication), reason(body)));
    }

    private static String reason(@Nullable Reason body) {
        return body == null ? null : body.reason();
    }

    private static List<ContactView> views(List<FollowUpContact> contacts) {
        return contacts.stream().map(ContactView::of).toList();
    }

    private static Instant london(@Nullable LocalDateTime local) {
        return local == null ? null : UkTime.instant(local);
    }

    private static String actor(Authentication authentication) {
        return SignedIn.from(authentication).actor();
    }
}
