package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A conversation idle for days resumes where it left off with one line of context (the engine's
 * long silence is three days here). Free text is not captured blindly: days later, "sorry, been in
 * hospital" is not the answer to the question last asked. A reply that can only be one of the
 * answers offered is taken.
 */
class LongSilenceTest {

    private static final String WHO_MATTERS = "Who and what is important to you?";

    private final Chat chat = Chat.onShippedScripts();

    @Test
    void aFreeTextReplyDaysLaterGetsContextAndTheQuestionAgainAndIsNotSaved() {
        atTheFirstWhatMattersQuestion();
        chat.later(Duration.ofDays(5));

        assertThat(chat.send("sorry, been in hospital"))
                .containsExactly(
                        "Welcome back. We were talking about what matters to you.", WHO_MATTERS);
        assertThat(chat.facts)
                .doesNotContainKey("who_matters")
                .doesNotContainKey("who_matters_said");
        assertThat(chat.saved).noneMatch(fact -> fact.name().startsWith("who_matters"));

        assertThat(chat.send("My kids and my sister"))
                .containsExactly("What qualities do other people admire in you?");
        assertThat(chat.facts).containsEntry("who_matters", "My kids and my sister");
    }

    @Test
    void aFreeTextReplyWithinTheSilenceIsSavedAsUsual() {
        atTheFirstWhatMattersQuestion();
        chat.later(Duration.ofDays(2));

        assertThat(chat.send("My kids"))
                .containsExactly("What qualities do other people admire in you?");
        assertThat(chat.facts).containsEntry("who_matters", "My kids");
    }

    @Test
    void aReplyDaysLaterThatIsOneOfTheChoicesIsTakenAsTheAnswer() {
        chat.begin("contact-preferences");
        chat.later(Duration.ofDays(5));

        assertThat(chat.send("1"))
                .first()
                .asString()
                .startsWith("Which days are best for us to get in touch?");
        assertThat(chat.facts).containsEntry("contact_channel", "sms");
    }

    private void atTheFirstWhatMattersQuestion() {
        for (String reply : new String[] {"hi", "1", "yes", "Dee", "yes", "Leeds", "5", "2"}) {
            chat.send(reply);
        }
        assertThat(chat.last.messages()).extracting(Outgoing::body).last().isEqualTo(WHO_MATTERS);
    }
}
