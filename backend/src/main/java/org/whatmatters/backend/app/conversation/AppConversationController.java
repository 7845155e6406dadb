package org.whatmatters.backend.app.conversation;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.whatmatters.backend.app.AppPrincipal;
import org.whatmatters.backend.app.AppProblem;
import org.whatmatters.backend.app.Problem;
import org.whatmatters.backend.app.device.PersonTokenFetcher;

/**
 * The person's conversation, from the app: the question waiting (with its choices as buttons),
 * answering it, the history, the words that work anywhere (STATUS, TALK, NO MORE), and their
 * language and contact preferences. Every answer carries the app's own id for it ({@code
 * clientId}), so one sent again over a flaky connection is taken once and gets the same replies
 * back.
 */
@Controller("/api/app/v1")
@Secured(PersonTokenFetcher.ROLE)
@Tag(name = "App: conversation")
@SecurityRequirement(name = "person")
@ApiResponse(responseCode = "401", description = "no person token, or one that was signed out")
@ApiResponse(responseCode = "403", description = "a token that is not a person token (a staff JWT)")
class AppConversationController {

    static final String CLIENT_ID = "[A-Za-z0-9_-]{8,64}";

    @Serdeable
    record AnswerRequest(
            @NotBlank
                    @Pattern(regexp = CLIENT_ID)
                    @Schema(
                            description =
                                    "the app's own id for this answer (a UUID): sent again, it is taken once",
                            example = "4b0c3a9e-3f7e-4c53-9a8e-7b1f0f1c2d3e")
                    String clientId,
            @NotBlank
                    @Size(max = 1600)
                    @Schema(
                            description =
                                    "what the person wrote, or the number of the choice they tapped",
                            example = "2")
                    String text) {
        @Override
        public String toString() {
            return "AnswerRequest[" + clientId + "]";
        }
    }

    @Serdeable
    record WordRequest(
            @NotBlank
                    @Pattern(regexp = CLIENT_ID)
                    @Schema(
                            description = "the app's own id for this request",
                            example = "0d9f7c1e-5a4b-4f6e-8c2d-1a2b3c4d5e6f")
                    String clientId) {}

    @Serdeable
    record LanguageRequest(
            @NotBlank
                    @Size(max = 10)
                    @Schema(description = "ISO 639-1, one of the languages served", example = "ur")
                    String language) {}

    private final AppConversation conversation;

    AppConversationController(AppConversation conversation) {
        this.conversation = conversation;
    }

    @Get("/conversation")
    @Operation(
            summary =
                    "Where the conversation is: the question waiting, its choices, language and text direction")
    @ApiResponse(
            responseCode = "200",
            description = "the conversation",
            content = @Content(schema = @Schema(implementation = AppViews.ConversationView.class)))
    AppViews.ConversationView where(Authentication authentication) {
        return conversation.where(me(authentication));
    }

    @Get("/messages")
    @Operation(
            summary = "The conversation's history, oldest first, with each message's channel",
            description =
                    "Marks the messages waiting in the app as read: they will not also be sent by SMS.")
    @ApiResponse(
            responseCode = "200",
            description = "the messages",
            content =
                    @Content(
                            array =
                                    @ArraySchema(
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    AppViews.MessageView.class))))
    List<AppViews.MessageView> history(Authentication authentication) {
        return conversation.history(me(authentication));
    }

    @Post("/answers")
    @Operation(
            summary = "Answer (or say anything)",
            description =
                    """
            Goes through the same step as an SMS: crisis language gets crisis support at once (in the replies) and an URGENT \
            alert to the team; STOP, START, HELP, STATUS, TALK, LANGUAGE, SKIP, LATER and NO MORE work here as by text.""")
    @ApiResponse(
            responseCode = "200",
            description = "the replies and where the conversation is now",
            content = @Content(schema = @Schema(implementation = AppViews.AnsweredView.class)))
    @ApiResponse(
            responseCode = "400",
            description = "client-id-invalid or text-invalid",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    AppViews.AnsweredView answer(@Body AnswerRequest answer, Authentication authentication) {
        if (answer.text() == null || answer.text().isBlank() || answer.text().length() > 1600) {
            throw AppProblem.badRequest(
                    "text-invalid", "text is what the person wrote: 1 to 1600 characters");
        }
        return conversation.answer(me(authentication), clientId(answer.clientId()), answer.text());
    }

    @Post("/status")
    @Operation(summary = "STATUS: where their application is")
    @ApiResponse(
            responseCode = "200",
            description = "the reply",
            content = @Content(schema = @Schema(implementation = AppViews.AnsweredView.class)))
    @ApiResponse(
            responseCode = "400",
            description = "client-id-invalid",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    AppViews.AnsweredView status(@Body WordRequest request, Authentication authentication) {
        return conversation.answer(me(authentication), clientId(request.clientId()), "STATUS");
    }

    @Post("/talk")
    @Operation(summary = "TALK: ask for a call from a person")
    @ApiResponse(
            responseCode = "200",
            description = "the reply",
            content = @Content(schema = @Schema(implementation = AppViews.AnsweredView.class)))
    @ApiResponse(
            responseCode = "400",
            description = "client-id-invalid",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    AppViews.AnsweredView talk(@Body WordRequest request, Authentication authentication) {
        return conversation.answer(me(authentication), clientId(request.clientId()), "TALK");
    }

    @Post("/no-more")
    @Operation(
            summary = "NO MORE: stop follow-up contacts",
            description = "They can still write any time.")
    @ApiResponse(
            responseCode = "200",
            description = "the reply",
            content = @Content(schema = @Schema(implementation = AppViews.AnsweredView.class)))
    @ApiResponse(
            responseCode = "400",
            description = "client-id-invalid",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    AppViews.AnsweredView noMore(@Body WordRequest request, Authentication authentication) {
        return conversation.answer(me(authentication), clientId(request.clientId()), "NO MORE");
    }

    @Put("/language")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the conversation's language")
    @ApiResponse(responseCode = "204", description = "changed")
    @ApiResponse(
            responseCode = "400",
            description = "language-unknown: not a language served",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    void language(@Body LanguageRequest request, Authentication authentication) {
        conversation.language(me(authentication), request.language());
    }

    @Put("/preferences")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change how and when they like to be contacted",
            description =
                    "channel app sends follow-ups to the app (by SMS while no device is signed in).")
    @ApiResponse(responseCode = "204", description = "changed")
    @ApiResponse(
            responseCode = "400",
            description =
                    "preference-unknown: a value the contact-preferences question does not offer",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    void preferences(@Body ContactPreferences preferences, Authentication authentication) {
        conversation.contact(me(authentication), preferences);
    }

    private static String clientId(String clientId) {
        if (clientId == null || !clientId.matches(CLIENT_ID)) {
            throw AppProblem.badRequest(
                    "client-id-invalid",
                    "clientId is the app's own id for the answer: 8 to 64 letters, digits, '-' or '_' (a UUID)");
        }
        return clientId;
    }

    private static Long me(Authentication authentication) {
        return AppPrincipal.of(authentication).personId();
    }
}
