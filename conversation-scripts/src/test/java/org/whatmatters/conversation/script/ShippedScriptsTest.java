package org.whatmatters.conversation.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shipped script passes the validator, and each stays within two SMS segments per English
 * message.
 */
class ShippedScriptsTest {

    @Test
    void everyShippedScriptIsValidWithoutWarnings() {
        List<Problem> problems = ScriptLibrary.validate(Path.of("scripts"));

        assertThat(problems).as(problems.toString()).isEmpty();
    }

    @Test
    void theLibraryHoldsTheScriptsTheServiceNeeds() {
        ScriptLibrary library = ScriptLibrary.shipped();

        assertThat(library.all())
                .extracting(Script::id)
                .contains(
                        "welcome",
                        "self-referral",
                        "what-matters",
                        "contact-preferences",
                        "follow-up-1",
                        "follow-up-2",
                        "follow-up-3",
                        "language",
                        "talk");
    }

    @Test
    void theFollowUpContactsAndSignpostingAreMarkedFollowUpAndNothingElseIs() {
        assertThat(ScriptLibrary.shipped().all())
                .filteredOn(Script::followUp)
                .extracting(Script::id)
                .containsExactlyInAnyOrder(
                        "follow-up-1", "follow-up-2", "follow-up-3", "signposting");
    }

    @Test
    void everyMessageIsAtMostTwoSegmentsInEnglish() {
        ScriptLibrary library = ScriptLibrary.shipped();
        for (Script script : library.all()) {
            for (Node node : script.nodes()) {
                String message = node instanceof AskNode ask ? Messages.withOptions(ask) : null;
                for (Text text : node.texts()) {
                    String body =
                            message != null && text.key().equals(((AskNode) node).prompt().key())
                                    ? message
                                    : text.source();
                    assertThat(org.whatmatters.translations.sms.SmsSegments.of(body).segments())
                            .as(script.file() + ":" + text.line() + " " + text.key())
                            .isLessThanOrEqualTo(2);
                }
            }
        }
        Replies.shipped().all().values().stream()
                .filter(text -> text.key().startsWith("global."))
                .forEach(
                        text ->
                                assertThat(
                                                org.whatmatters.translations.sms.SmsSegments.of(
                                                                text.source())
                                                        .segments())
                                        .as(text.key())
                                        .isLessThanOrEqualTo(2));
    }
}
