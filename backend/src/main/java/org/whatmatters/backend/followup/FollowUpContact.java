package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One follow-up contact: which script runs, on which channel, when, and what became of it. {@code
 * scheduleVersion} grows with every change of when or whether it runs; a scheduled task that
 * carries an older version finds itself stale and does nothing.
 */
@MappedEntity("follow_up_contact")
public record FollowUpContact(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        @Nullable Long referralId,
        int contactNumber,
        String script,
        ContactChannel channel,
        boolean includesFeedback,
        Instant dueAt,
        ContactStatus status,
        int scheduleVersion,
        @Nullable Instant startedAt,
        @Nullable Instant repliedAt,
        @Nullable Instant remindedAt,
        @Nullable Instant finishedAt,
        @Nullable Outcome outcome,
        int attempts,
        Instant createdAt) {

    /** What a partner recorded for a phone call or visit. */
    public enum Outcome {
        REACHED,
        NOT_REACHED,
        FEEDBACK_GIVEN
    }

    public static final String FEEDBACK_SCRIPT = "follow-up-3";

    /**
     * Where contact 3 carries on when they want to hear about local groups: still part of the
     * contact.
     */
    public static final String SIGNPOSTING_SCRIPT = "signposting";

    static FollowUpContact scheduled(
            Long personId,
            Long referralId,
            int number,
            String script,
            ContactChannel channel,
            Instant due,
            Instant now) {
        return new FollowUpContact(
                null,
                personId,
                referralId,
                number,
                script,
                channel,
                false,
                due,
                ContactStatus.SCHEDULED,
                0,
                null,
                null,
                null,
                null,
                null,
                0,
                now);
    }

    /**
     * The scripts this contact runs: its own, then contact 3's feedback when it was merged in, and
     * the signposting offer that contact 3 leads into (the contact is not over while the offer
     * waits for its answer).
     */
    Set<String> scripts() {
        Set<String> scripts = new LinkedHashSet<>();
        scripts.add(script);
        if (includesFeedback) {
            scripts.add(FEEDBACK_SCRIPT);
        }
        if (scripts.contains(FEEDBACK_SCRIPT)) {
            scripts.add(SIGNPOSTING_SCRIPT);
        }
        return scripts;
    }

    FollowUpContact withStatus(ContactStatus next) {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                channel,
                includesFeedback,
                dueAt,
                next,
                scheduleVersion + 1,
                startedAt,
                repliedAt,
                remindedAt,
                finishedAt,
                outcome,
                attempts,
                createdAt);
    }

    FollowUpContact finished(ContactStatus next, Instant at) {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                channel,
                includesFeedback,
                dueAt,
                next,
                scheduleVersion + 1,
                startedAt,
                repliedAt,
                remindedAt,
                at,
                outcome,
                attempts,
                createdAt);
    }

    FollowUpContact due(Instant at, ContactStatus next) {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                channel,
                includesFeedback,
                at,
                next,
                scheduleVersion + 1,
                startedAt,
                repliedAt,
                remindedAt,
                finishedAt,
                outcome,
                attempts,
                createdAt);
    }

    FollowUpContact started(Instant at) {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                channel,
                includesFeedback,
                dueAt,
                ContactStatus.STARTED,
                scheduleVersion + 1,
                at,
                repliedAt,
                remindedAt,
                finishedAt,
                outcome,
                attempts,
                createdAt);
    }

    FollowUpContact replied(Instant at) {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                channel,
                includesFeedback,
                dueAt,
                ContactStatus.REPLIED,
                scheduleVersion + 1,
                startedAt,
                at,
                remindedAt,
                finishedAt,
                outcome,
                attempts,
                createdAt);
    }

    FollowUpContact reminded(Instant at) {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                channel,
                includesFeedback,
                dueAt,
                ContactStatus.REMINDED,
                scheduleVersion + 1,
                startedAt,
                repliedAt,
                at,
                finishedAt,
                outcome,
                attempts,
                createdAt);
    }

    FollowUpContact withChannel(ContactChannel next) {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                next,
                includesFeedback,
                dueAt,
                status,
                scheduleVersion + 1,
                startedAt,
                repliedAt,
                remindedAt,
                finishedAt,
                outcome,
                attempts,
                createdAt);
    }

    FollowUpContact withFeedback() {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                channel,
                true,
                dueAt,
                status,
                scheduleVersion,
                startedAt,
                repliedAt,
                remindedAt,
                finishedAt,
                outcome,
                attempts,
                createdAt);
    }

    FollowUpContact recorded(Outcome result, ContactStatus next, Instant at) {
        return new FollowUpContact(
                id,
                personId,
                referralId,
                contactNumber,
                script,
                channel,
                includesFeedback,
                dueAt,
                next,
                scheduleVersion + 1,
                startedAt,
                repliedAt,
                remindedAt,
                next == ContactStatus.TASK ? finishedAt : at,
                result,
                attempts + 1,
                createdAt);
    }
}
