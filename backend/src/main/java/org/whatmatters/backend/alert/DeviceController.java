package org.whatmatters.backend.alert;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.staff.StaffAccountRepository;

/**
 * A staff member registers the phone their alerts should be pushed to (its Firebase registration
 * token), or removes it.
 */
@Controller("/staff/me/devices")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Alerts")
@SecurityRequirement(name = "bearer")
class DeviceController {

    @Serdeable
    record Device(String token) {}

    private final StaffDeviceRepository devices;
    private final StaffAccountRepository accounts;
    private final Clock clock;

    DeviceController(StaffDeviceRepository devices, StaffAccountRepository accounts, Clock clock) {
        this.devices = devices;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Post
    @Status(HttpStatus.NO_CONTENT)
    void register(@Body @Valid Device device, Authentication authentication) {
        if (device.token() == null || device.token().isBlank() || device.token().length() > 500) {
            throw new Invalid("token is the device's Firebase registration token");
        }
        Long account = accounts.findByUsername(authentication.getName()).orElseThrow().id();
        devices.findByToken(device.token())
                .ifPresent(devices::delete); // a phone handed to someone else follows its new owner
        devices.save(new StaffDevice(null, account, device.token(), clock.instant()));
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    void remove(@Body @Valid Device device, Authentication authentication) {
        Long account = accounts.findByUsername(authentication.getName()).orElseThrow().id();
        devices.findByToken(device.token())
                .filter(found -> found.staffAccountId().equals(account))
                .ifPresent(devices::delete);
    }
}
