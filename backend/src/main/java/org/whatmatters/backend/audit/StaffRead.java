package org.whatmatters.backend.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One read by a member of staff: who, when, of whom (when the route is about one person), where,
 * and why.
 */
@Serdeable
@MappedEntity("staff_read")
public record StaffRead(
        @Id @GeneratedValue @Nullable Long id,
        String staff,
        String roles,
        @Nullable Long personId,
        String route,
        String path,
        @Nullable String reason,
        Instant readAt) {}
