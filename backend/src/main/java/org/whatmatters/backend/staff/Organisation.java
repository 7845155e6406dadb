package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A delivery partner, such as a local Mind. */
@Serdeable
@MappedEntity("organisation")
public record Organisation(@Id @GeneratedValue @Nullable Long id, String name, Instant createdAt) {
}
