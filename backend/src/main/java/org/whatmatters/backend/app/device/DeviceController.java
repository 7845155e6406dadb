package org.whatmatters.backend.app.device;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.whatmatters.backend.app.AppPrincipal;
import org.whatmatters.backend.app.Problem;

/**
 * The person's devices: the list, signing one out, the push registration, and deleting this app
 * session.
 */
@Controller("/api/app/v1")
@Secured(PersonTokenFetcher.ROLE)
@Tag(name = "App: devices")
@SecurityRequirement(name = "person")
@ApiResponse(responseCode = "401", description = "no person token, or one that was signed out")
@ApiResponse(responseCode = "403", description = "a token that is not a person token (a staff JWT)")
class DeviceController {

    @Serdeable
    record PushRegistration(
            @NotBlank @Size(max = 500) @Schema(description = "the device's FCM registration token")
                    String token) {
        @Override
        public String toString() {
            return "PushRegistration[...]";
        }
    }

    private final Devices devices;

    DeviceController(Devices devices) {
        this.devices = devices;
    }

    @Get("/devices")
    @Operation(summary = "The devices signed in as this person")
    @ApiResponse(
            responseCode = "200",
            description = "the devices, oldest first",
            content =
                    @Content(
                            array =
                                    @ArraySchema(
                                            schema = @Schema(implementation = DeviceView.class))))
    List<DeviceView> list(Authentication authentication) {
        AppPrincipal me = AppPrincipal.of(authentication);
        return devices.of(me.personId()).stream()
                .filter(AppDevice::active)
                .map(device -> DeviceView.of(device, me.deviceId()))
                .toList();
    }

    @Delete("/devices/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Sign one of this person's devices out",
            description = "Its token is refused from its next request on.")
    @ApiResponse(responseCode = "204", description = "signed out")
    @ApiResponse(
            responseCode = "404",
            description = "not-found: no such device of this person's",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    void signOut(@PathVariable Long id, Authentication authentication) {
        devices.signOut(AppPrincipal.of(authentication).personId(), id);
    }

    @Delete("/session")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete this app session",
            description =
                    "Signs this device out and forgets its push token; messages then come by SMS.")
    @ApiResponse(responseCode = "204", description = "signed out")
    void deleteSession(Authentication authentication) {
        AppPrincipal me = AppPrincipal.of(authentication);
        devices.signOut(me.personId(), me.deviceId());
    }

    @Put("/devices/current/push")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Register or refresh this device's FCM token")
    @ApiResponse(responseCode = "204", description = "registered")
    @ApiResponse(
            responseCode = "400",
            description = "push-token-invalid",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    void registerPush(@Body PushRegistration registration, Authentication authentication) {
        devices.registerPush(AppPrincipal.of(authentication).deviceId(), registration.token());
    }

    @Delete("/devices/current/push")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove this device's FCM token",
            description = "No more pushes to it; messages are still fetched when the app opens.")
    @ApiResponse(responseCode = "204", description = "removed")
    void removePush(Authentication authentication) {
        devices.removePush(AppPrincipal.of(authentication).deviceId());
    }
}
