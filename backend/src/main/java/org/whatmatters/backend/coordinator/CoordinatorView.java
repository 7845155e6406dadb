package org.whatmatters.backend.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/** A coordinator as staff see it: the directory entry with the name of its team. */
@Serdeable
public record CoordinatorView(
        Long id,
        String name,
        Long teamId,
        String team,
        @Nullable String phone,
        @Nullable String email,
        DeliveryChannel preferredChannel,
        @Nullable Long staffAccountId,
        Instant createdAt,
        Instant updatedAt) {

    static CoordinatorView of(Coordinator coordinator, CareTeam team) {
        return new CoordinatorView(
                coordinator.id(),
                coordinator.name(),
                coordinator.teamId(),
                team.name(),
                coordinator.phone(),
                coordinator.email(),
                coordinator.preferredChannel(),
                coordinator.staffAccountId(),
                coordinator.createdAt(),
                coordinator.updatedAt());
    }
}
