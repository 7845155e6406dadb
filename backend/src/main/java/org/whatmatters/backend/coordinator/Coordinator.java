package org.whatmatters.backend.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * A care coordinator of the directory: a person's named NHS worker, in one {@link CareTeam}. Work
 * contact details; a coordinator has a phone, an email or both, and the preferred channel is one
 * they can be reached by (PUSH only with their own COORDINATOR login, whose devices receive it).
 *
 * @param phone E.164
 * @param staffAccountId their COORDINATOR login, if they have one (at most one coordinator per
 *     login)
 */
@Serdeable
@MappedEntity("care_coordinator")
public record Coordinator(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        Long teamId,
        @Nullable String phone,
        @Nullable String email,
        DeliveryChannel preferredChannel,
        @Nullable Long staffAccountId,
        Instant createdAt,
        Instant updatedAt) {

    static Coordinator from(CoordinatorFields fields, Instant now) {
        return new Coordinator(
                null,
                fields.name(),
                fields.teamId(),
                fields.phone(),
                fields.email(),
                DeliveryChannel.valueOf(fields.preferredChannel()),
                fields.staffAccountId(),
                now,
                now);
    }

    /** The same coordinator with other fields, keeping the id and creation time. */
    Coordinator with(CoordinatorFields fields, Instant now) {
        Coordinator changed = from(fields, now);
        return new Coordinator(
                id,
                changed.name,
                changed.teamId,
                changed.phone,
                changed.email,
                changed.preferredChannel,
                changed.staffAccountId,
                createdAt,
                now);
    }

    /** What staff edit, in the form {@link CoordinatorRules} gives back after checking. */
    CoordinatorFields fields() {
        return new CoordinatorFields(
                name, teamId, phone, email, preferredChannel.name(), staffAccountId);
    }
}
