package org.whatmatters.backend.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Something staff may need to act on. {@code detail} never holds what the person wrote. */
@MappedEntity("person_event")
public record PersonEvent(@Id @GeneratedValue @Nullable Long id, Long personId, String kind, Urgency urgency,
                          @Nullable String detail, Instant createdAt, @Nullable Instant handledAt) {

    public enum Urgency { URGENT, ROUTINE, INFO }
}
