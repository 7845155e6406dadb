package org.whatmatters.backend.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.whatmatters.backend.privacy.EncryptedText;

/** A partner's note about a person, encrypted at rest. */
@Serdeable
@MappedEntity("person_note")
public record PersonNote(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        @Nullable Long organisationId,
        String author,
        Instant createdAt,
        @MappedProperty(converter = EncryptedText.class) String body) {

    @Override
    public String toString() {
        return "PersonNote[id=" + id + ", person=" + personId + "]";
    }
}
