package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A staff member's phone, registered for push alerts with its Firebase registration token. */
@MappedEntity("staff_device")
public record StaffDevice(
        @Id @GeneratedValue @Nullable Long id,
        Long staffAccountId,
        String token,
        Instant createdAt) {

    @Override
    public String toString() {
        return "StaffDevice[id=" + id + ", account=" + staffAccountId + "]";
    }
}
