package org.whatmatters.backend.app.device;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A device as the person (or staff) sees it: never its token nor its push token. */
@Serdeable
@Schema(name = "AppDevice")
public record DeviceView(
        Long id,
        String name,
        Instant signedInAt,
        Instant lastSeenAt,
        @Schema(description = "whether the app registered for pushes") boolean push,
        @Schema(description = "whether this is the device asking") boolean current) {

    public static DeviceView of(AppDevice device, Long asking) {
        return new DeviceView(
                device.id(),
                device.name(),
                device.createdAt(),
                device.lastSeenAt(),
                device.fcmToken() != null,
                device.id().equals(asking));
    }
}
