package org.whatmatters.backend.console.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.alert.AlertView;
import org.whatmatters.backend.alert.StaffAlertController;
import org.whatmatters.backend.caseload.PersonFile;
import org.whatmatters.backend.caseload.PersonNotes;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.coordinator.PersonCoordinators;
import org.whatmatters.backend.followup.ContactChannel;
import org.whatmatters.backend.followup.ContactStatus;
import org.whatmatters.backend.followup.ContactView;
import org.whatmatters.backend.followup.FollowUpContact;
import org.whatmatters.backend.problem.FieldError;
import org.whatmatters.backend.referral.DeclineReason;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralStatus;
import org.whatmatters.backend.time.UkTime;

/**
 * Everything the person page shows, read through the same services as the API ({@link PersonFile},
 * the notes, the coordinator links, the staff alerts), with the actions the referral's stage and
 * each contact's state allow.
 */
@Singleton
class PersonView {

    /** A contact on the timeline, with the times in UK words and what may be done to it now. */
    public record Contact(
            ContactView view,
            String due,
            String dueField,
            String status,
            boolean upcoming,
            boolean task) {}

    /** One message of the transcript, its time in UK words. */
    public record Message(
            String at, String direction, String channel, String text, @Nullable String status) {}

    /** An alert about the person, its time in UK words. */
    public record Alert(AlertView view, String at, @Nullable String acknowledgedAt) {}

    /** A note, its time in UK words. */
    public record Note(String at, String author, String text) {}

    /** A change in the referral's history, its time in UK words. */
    public record Change(String at, String what, String by, @Nullable String reason) {}

    private final PartnerAccess access;
    private final PersonFile file;
    private final PersonNotes notes;
    private final PersonCoordinators coordinators;
    private final StaffAlertController alerts;
    private final Clock clock;

    PersonView(
            PartnerAccess access,
            PersonFile file,
            PersonNotes notes,
            PersonCoordinators coordinators,
            StaffAlertController alerts,
            Clock clock) {
        this.access = access;
        this.file = file;
        this.notes = notes;
        this.coordinators = coordinators;
        this.alerts = alerts;
        this.clock = clock;
    }

    ModelAndView<Map<String, Object>> page(
            Long personId,
            Authentication authentication,
            List<FieldError> errors,
            @Nullable String done) {
        Referral referral = access.referralFor(personId, authentication);
        PersonFile.Summary summary = file.summary(personId, authentication);
        Map<String, String> about = summary.answers().getOrDefault("aboutThem", Map.of());
        String name = about.getOrDefault("preferred_name", "Person " + personId);
        ReferralStatus status = summary.referral().status();
        List<Contact> contacts = summary.followUps().stream().map(PersonView::contact).toList();
        List<Message> transcript =
                file.transcript(personId, authentication).stream()
                        .map(
                                m ->
                                        new Message(
                                                UkTime.brief(m.at()),
                                                m.direction(),
                                                m.channel(),
                                                m.text(),
                                                m.status()))
                        .toList();
        List<Alert> theirAlerts =
                alerts.page(authentication, personId, Pageable.from(0, 100)).getContent().stream()
                        .map(
                                alert ->
                                        new Alert(
                                                alert,
                                                UkTime.brief(alert.createdAt()),
                                                alert.acknowledgedAt() == null
                                                        ? null
                                                        : UkTime.brief(alert.acknowledgedAt())))
                        .toList();
        List<Note> theirNotes =
                notes.of(personId, authentication).stream()
                        .map(
                                note ->
                                        new Note(
                                                UkTime.brief(note.createdAt()),
                                                note.author(),
                                                note.body()))
                        .toList();
        List<Change> history =
                summary.referral().history().stream()
                        .map(
                                change ->
                                        new Change(
                                                UkTime.brief(change.at()),
                                                (change.from() == null
                                                                ? ""
                                                                : Labels.status(change.from())
                                                                        + " → ")
                                                        + Labels.status(change.to()),
                                                change.by(),
                                                change.reason()))
                        .toList();
        return Pages.page(
                "console/partner/person",
                "personId",
                personId,
                "name",
                name,
                "summary",
                summary,
                "status",
                Labels.status(status),
                "answers",
                summary.answers(),
                "contacts",
                contacts,
                "transcript",
                transcript,
                "alerts",
                theirAlerts,
                "notes",
                theirNotes,
                "history",
                history,
                "coordinator",
                coordinators.show(referral),
                "paused",
                summary.referral().followUpsPaused(),
                "canAccept",
                status == ReferralStatus.SELF_REFERRED
                        || status == ReferralStatus.WHAT_MATTERS_DONE,
                "canDecline",
                status == ReferralStatus.SELF_REFERRED
                        || status == ReferralStatus.WHAT_MATTERS_DONE
                        || status == ReferralStatus.ACCEPTED,
                "canOrder",
                status == ReferralStatus.ACCEPTED,
                "canDeliver",
                status == ReferralStatus.ITEM_ORDERED,
                "canClose",
                status != ReferralStatus.CLOSED && status != ReferralStatus.DECLINED,
                "hasSchedule",
                !contacts.isEmpty(),
                "declineReasons",
                DeclineReason.values(),
                "channels",
                ContactChannel.values(),
                "outcomes",
                FollowUpContact.Outcome.values(),
                "now",
                UkTime.field(clock.instant()),
                "errors",
                errors,
                "done",
                done);
    }

    private static Contact contact(ContactView view) {
        return new Contact(
                view,
                UkTime.readable(view.dueAt()),
                UkTime.field(view.dueAt()),
                view.status().name().toLowerCase().replace('_', ' '),
                ContactStatus.UPCOMING.contains(view.status()),
                view.status() == ContactStatus.TASK);
    }
}
