package org.whatmatters.backend.app.device;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.security.Role;

/** Whether a person in the partner's caseload uses the app, and on which devices: never a token. */
@Controller("/partner/people/{personId}/app")
@Secured(Role.Names.PARTNER)
@Tag(name = "Delivery partner")
@SecurityRequirement(name = "bearer")
class StaffAppUseController {

    @Serdeable
    record AppUse(boolean inUse, List<Device> devices) {}

    @Serdeable
    record Device(String name, Instant signedInAt, Instant lastSeenAt, boolean push) {}

    private final PartnerAccess access;
    private final Devices devices;

    StaffAppUseController(PartnerAccess access, Devices devices) {
        this.access = access;
        this.devices = devices;
    }

    @Get
    @Operation(
            summary = "Whether the person uses the app (signed-in devices, without their tokens)")
    AppUse appUse(@PathVariable Long personId, Authentication authentication) {
        access.referralFor(personId, authentication);
        List<Device> active =
                devices.of(personId).stream()
                        .filter(AppDevice::active)
                        .map(
                                device ->
                                        new Device(
                                                device.name(),
                                                device.createdAt(),
                                                device.lastSeenAt(),
                                                device.fcmToken() != null))
                        .toList();
        return new AppUse(!active.isEmpty(), active);
    }
}
