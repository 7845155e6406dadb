package org.whatmatters.backend.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Someone who has contacted the service. Their number is kept in E.164 and never logged. */
@MappedEntity("person")
public record Person(@Id @GeneratedValue @Nullable Long id, String phoneE164, Instant createdAt, @Nullable Instant optedOutAt,
                     @Nullable Instant followUpsDeclinedAt) {

    /** Whether follow-up contacts may go to them: not after STOP, nor after NO MORE. */
    public boolean acceptsFollowUps() {
        return optedOutAt == null && followUpsDeclinedAt == null;
    }

    @Override
    public String toString() {
        return "Person[id=" + id + "]";
    }
}
