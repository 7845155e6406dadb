package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A delivery partner, such as a local Mind. {@code followUpOffsets}: its own timing of follow-up
 * contacts 1, 2 and 3 after delivery ("P3D,P14D,P42D"); null keeps the deployment's.
 */
@Serdeable
@MappedEntity("organisation")
public record Organisation(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        Instant createdAt,
        @Nullable String followUpOffsets) {

    public Organisation withFollowUpOffsets(String offsets) {
        return new Organisation(id, name, createdAt, offsets);
    }
}
