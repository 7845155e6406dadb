package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A follow-up contact as the partner sees it; {@code dueLocal} is the due time in UK time
 * ("2026-11-24 09:00"), the way people plan calls.
 */
@Serdeable
public record ContactView(
        Long id,
        int number,
        String script,
        ContactChannel channel,
        ContactStatus status,
        Instant dueAt,
        String dueLocal,
        boolean includesFeedback,
        @Nullable Instant startedAt,
        @Nullable Instant repliedAt,
        @Nullable Instant remindedAt,
        @Nullable Instant finishedAt,
        @Nullable FollowUpContact.Outcome outcome,
        int attempts) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static ContactView of(FollowUpContact contact) {
        return new ContactView(
                contact.id(),
                contact.contactNumber(),
                contact.script(),
                contact.channel(),
                contact.status(),
                contact.dueAt(),
                LOCAL.format(contact.dueAt().atZone(ContactTimes.LONDON)),
                contact.includesFeedback(),
                contact.startedAt(),
                contact.repliedAt(),
                contact.remindedAt(),
                contact.finishedAt(),
                contact.outcome(),
                contact.attempts());
    }
}
