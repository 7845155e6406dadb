package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One follow-up contact: which script runs, when it is due, and what became of it. */
@MappedEntity("follow_up_contact")
public record FollowUpContact(@Id @GeneratedValue @Nullable Long id, Long personId, int contactNumber, String script,
                              Instant dueAt, Status status, @Nullable Instant startedAt, Instant createdAt) {

    public enum Status { SCHEDULED, STARTED, CANCELLED }
}
