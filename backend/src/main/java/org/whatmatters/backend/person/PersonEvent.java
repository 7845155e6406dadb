package org.whatmatters.backend.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.whatmatters.backend.privacy.EncryptedText;

/**
 * Something staff may need to act on. {@code detail} never holds what the person wrote; it may hold
 * a fragment (the crisis phrase matched), so it is encrypted at rest. {@code handledAt}: when
 * someone acknowledged one of its alerts (who: {@code handledBy}); it escalates no further.
 */
@MappedEntity("person_event")
public record PersonEvent(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        String kind,
        Urgency urgency,
        @MappedProperty(converter = EncryptedText.class) @Nullable String detail,
        Instant createdAt,
        @Nullable Instant handledAt,
        @Nullable String handledBy) {

    public enum Urgency {
        URGENT,
        ROUTINE,
        INFO
    }
}
