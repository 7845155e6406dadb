package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The words that work anywhere, checked before the script, on the test flow's first question:
 * HELP's content and crisis. The common cases of each word are data:
 * src/test/resources/cases/*.yaml.
 */
class GlobalWordsTest {

    private Chat chat;

    @BeforeEach
    void atTheFirstQuestion() {
        chat = Chat.onTestFlows();
        chat.send("hi");
    }

    @Test
    void helpExplainsAndTheQuestionStaysOpen() {
        List<String> reply = chat.send("help");

        assertThat(reply).hasSize(2);
        assertThat(reply.get(0)).contains("TALK").contains("STOP");
        assertThat(reply.get(1))
                .contains("does not affect your benefits")
                .contains("never pay anything back");
        assertThat(chat.send("2")).containsExactly("Are you 18 or over?");
    }

    @Test
    void crisisPreEmptsEverythingAndKeepsTheConversation() {
        List<String> reply = chat.send("I just want to END IT all");

        assertThat(reply)
                .singleElement()
                .satisfies(
                        text ->
                                assertThat(text)
                                        .contains("call 999")
                                        .contains("Samaritans")
                                        .contains("116 123")
                                        .contains("NHS 111 (option 2)"));
        assertThat(chat.events).contains(new EngineEvent.CrisisDetected("en:end it"));
        assertThat(chat.state.at()).isEqualTo(new Position("main", 2, "colour"));
        assertThat(chat.state.waiting()).isTrue();
        assertThat(chat.send("2")).containsExactly("Are you 18 or over?");
    }

    @Test
    void concernGetsAKindReplyWithTheNumbersARoutineEventAndKeepsTheConversation() {
        Chat shipped = Chat.onShippedScripts();
        shipped.send("Hello");
        ConversationState before = shipped.state;

        List<String> reply = shipped.send("everything is falling apart and I can't cope");

        assertThat(reply)
                .singleElement()
                .satisfies(
                        text ->
                                assertThat(text)
                                        .contains("you don't have to cope alone")
                                        .contains("116 123")
                                        .contains("999")
                                        .doesNotContain("We've let the team know"));
        assertThat(shipped.events)
                .containsExactly(new EngineEvent.ConcernRaised("concern", "en:can't cope"));
        assertThat(shipped.events).noneMatch(EngineEvent.CrisisDetected.class::isInstance);
        assertThat(shipped.state.at()).isEqualTo(before.at());
    }

    @Test
    void aMessageWithBothCrisisAndConcernIsCrisis() {
        Chat shipped = Chat.onShippedScripts();

        shipped.send("I can't cope, I want to kill myself");

        assertThat(shipped.events).singleElement().isInstanceOf(EngineEvent.CrisisDetected.class);
    }

    @Test
    void crisisIsAnsweredEvenAfterAnOptOut() {
        chat.send("STOP");

        assertThat(chat.send("i want to end it")).hasSize(1);
        assertThat(chat.events).contains(new EngineEvent.CrisisDetected("en:end it"));
    }
}
