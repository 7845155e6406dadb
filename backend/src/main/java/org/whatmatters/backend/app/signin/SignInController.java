package org.whatmatters.backend.app.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.whatmatters.backend.app.AppProblem;
import org.whatmatters.backend.app.Problem;
import org.whatmatters.backend.app.device.AppDevice;
import org.whatmatters.backend.app.device.DeviceView;
import org.whatmatters.backend.ratelimit.ClientAddress;

/**
 * Sign-in by phone number and a one-time code sent by SMS: the code buys the device its own person
 * token.
 */
@Controller("/api/app/v1/sign-in")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "App: sign-in")
@SecurityScheme(
        name = "person",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "opaque person token (wmp_...)",
        description =
                "a person token from POST /api/app/v1/sign-in; refused on every route outside /api/app/")
class SignInController {

    @Serdeable
    record CodeRequest(
            @NotBlank
                    @Size(max = 30)
                    @Schema(
                            description = "the person's phone number, E.164 or national",
                            example = "+447700900123")
                    String phone) {}

    @Serdeable
    record Verification(
            @NotBlank @Size(max = 30) @Schema(example = "+447700900123") String phone,
            @NotBlank
                    @Size(max = 10)
                    @Schema(description = "the six digits from the SMS", example = "123456")
                    String code,
            @Size(max = 100)
                    @Schema(
                            description =
                                    "a name the person will recognise in their list of devices",
                            example = "Dee's phone")
                    String deviceName) {
        @Override
        public String toString() {
            return "Verification[...]";
        }
    }

    @Serdeable
    record SignedIn(
            @Schema(
                            description =
                                    "the person token: send it as 'Authorization: Bearer <token>' on every app route; shown once")
                    String token,
            DeviceView device) {
        @Override
        public String toString() {
            return "SignedIn[" + device + "]";
        }
    }

    private final SignIn signIn;
    private final ClientAddress addresses;

    SignInController(SignIn signIn, ClientAddress addresses) {
        this.signIn = signIn;
        this.addresses = addresses;
    }

    @Post("/code")
    @Status(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Send a one-time code by SMS",
            description =
                    """
            Sends a six-digit code to the number by SMS (through the outbox). It works for 10 minutes, once, and is locked \
            after 5 wrong tries. The answer is the same for a number the service knows and one it does not. At most 3 codes \
            per number and 10 per network address an hour (settings).""")
    @ApiResponse(responseCode = "202", description = "a code is on its way")
    @ApiResponse(
            responseCode = "400",
            description = "phone-invalid: not a phone number",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "429",
            description = "too-many-codes: the number or the address asked too often",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    void requestCode(@Body CodeRequest request, HttpRequest<?> http) {
        if (request.phone() == null || request.phone().length() > 30) {
            throw AppProblem.badRequest(
                    "phone-invalid",
                    "phone must be a phone number, such as +447700900123 or 07700 900123");
        }
        signIn.requestCode(request.phone(), addresses.of(http));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Sign in with the code",
            description =
                    """
            Exchanges the number's newest code for a person token for this device. The person is the one the service \
            already knows by this number (the same as by SMS): never a second profile.""")
    @ApiResponse(
            responseCode = "201",
            description = "signed in",
            content = @Content(schema = @Schema(implementation = SignedIn.class)))
    @ApiResponse(
            responseCode = "400",
            description = "code-wrong, code-expired, code-used or code-locked",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    SignedIn verify(@Body Verification verification) {
        if (verification.phone() == null || verification.code() == null) {
            throw AppProblem.badRequest("code-wrong", "phone and code are both needed");
        }
        SignIn.Outcome outcome =
                signIn.verify(verification.phone(), verification.code(), verification.deviceName());
        if (outcome instanceof SignIn.Outcome.Refused refused) {
            throw refused.problem();
        }
        SignIn.Outcome.SignedIn in = (SignIn.Outcome.SignedIn) outcome;
        AppDevice device = in.issued().device();
        return new SignedIn(in.issued().token(), DeviceView.of(device, device.id()));
    }
}
