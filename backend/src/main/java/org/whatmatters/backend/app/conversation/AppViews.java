package org.whatmatters.backend.app.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.whatmatters.backend.conversation.OpenPrompt;

/** What the app API answers with. */
final class AppViews {

    private AppViews() {}

    @Serdeable
    @Schema(
            name = "AppChoice",
            description =
                    "one option of a choice question: show it as a button; send its number as the answer")
    record ChoiceView(int number, String value, String text) {
        static ChoiceView of(OpenPrompt.Choice choice) {
            return new ChoiceView(choice.number(), choice.value(), choice.text());
        }
    }

    @Serdeable
    @Schema(name = "AppPrompt", description = "the question waiting for the person's answer")
    record PromptView(
            @Schema(description = "the text's catalog key") String key,
            String text,
            @Schema(
                            description = "text, choice, yes-no, number or date",
                            allowableValues = {"text", "choice", "yes-no", "number", "date"})
                    String answer,
            List<ChoiceView> choices) {}

    @Serdeable
    @Schema(
            name = "AppConversation",
            description = "where the person's conversation is, in their language")
    record ConversationView(
            @Schema(description = "ISO 639-1", example = "ur") String language,
            @Schema(
                            description = "text direction for the language",
                            allowableValues = {"ltr", "rtl"})
                    String direction,
            @Schema(description = "STOP was sent: nothing is sent until START") boolean optedOut,
            boolean finished,
            @Nullable @Schema(description = "null when nothing is waiting for an answer")
                    PromptView prompt) {
        static ConversationView of(OpenPrompt.Where where) {
            return new ConversationView(
                    where.language(),
                    where.direction(),
                    where.optedOut(),
                    where.finished(),
                    where.prompt()
                            .map(
                                    p ->
                                            new PromptView(
                                                    p.key(),
                                                    p.text(),
                                                    p.answer(),
                                                    p.choices().stream()
                                                            .map(ChoiceView::of)
                                                            .toList()))
                            .orElse(null));
        }
    }

    @Serdeable
    @Schema(
            name = "AppMessage",
            description = "one message of the conversation, whichever channel it went by")
    record MessageView(
            @Schema(
                            description = "in: from the person; out: to the person",
                            allowableValues = {"in", "out"})
                    String direction,
            @Schema(allowableValues = {"SMS", "APP"}) String channel,
            String text,
            Instant at) {}

    @Serdeable
    @Schema(
            name = "AppAnswered",
            description =
                    "the replies to an answer (the same again for an answer sent twice), and where the conversation is now")
    record AnsweredView(
            @Schema(
                            description =
                                    "true when this answer was received before (same clientId): it was not taken again")
                    boolean repeated,
            List<MessageView> replies,
            ConversationView conversation) {}
}
