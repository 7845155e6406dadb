package org.whatmatters.conversation.engine;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words that work anywhere, checked before the script, on the test flow's first question: HELP's content and
 * crisis. The common cases of each word are data: src/test/resources/cases/*.yaml.
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
        assertThat(reply.get(1)).contains("does not affect your benefits").contains("never pay anything back");
        assertThat(chat.send("2")).containsExactly("Are you 18 or over?");
    }

    @Test
    void crisisPreEmptsEverythingAndKeepsTheConversation() {
        List<String> reply = chat.send("I just want to END IT all");

        assertThat(reply).singleElement().satisfies(text -> assertThat(text)
                .contains("call 999").contains("Samaritans").contains("116 123").contains("NHS 111 (option 2)"));
        assertThat(chat.events).contains(new EngineEvent.CrisisDetected("en:end it"));
        assertThat(chat.state.at()).isEqualTo(new Position("main", 2, "colour"));
        assertThat(chat.state.waiting()).isTrue();
        assertThat(chat.send("2")).containsExactly("Are you 18 or over?");
    }

    @Test
    void crisisIsAnsweredEvenAfterAnOptOut() {
        chat.send("STOP");

        assertThat(chat.send("i want to end it")).hasSize(1);
        assertThat(chat.events).contains(new EngineEvent.CrisisDetected("en:end it"));
    }
}
