package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each node kind, through the small test flow in src/test/resources/flows/ok: what a case file
 * cannot say well (where a saved answer came from, a whole walk). The common cases are data:
 * src/test/resources/cases/*.yaml.
 */
class NodeKindsTest {

    private final Chat chat = Chat.onTestFlows();

    @Test
    void aFirstMessageStartsTheWelcomeWhichSaysAndAsksWithNumberedOptions() {
        assertThat(chat.send("hi"))
                .containsExactly(
                        "Hello.", "Which colour? Reply with a number:\n1 Red\n2 Green\n3 Blue");
        assertThat(chat.state.waiting()).isTrue();
        assertThat(chat.state.at()).isEqualTo(new Position("main", 2, "colour"));
    }

    @Test
    void aSavedAnswerRecordsScriptVersionNodeChannelAndTime() {
        chat.send("hi");
        chat.send("2");

        SavedFact fact = chat.saved.get(0);
        assertThat(fact)
                .isEqualTo(
                        new SavedFact(
                                "colour",
                                "green",
                                "main",
                                2,
                                "colour",
                                "sms",
                                Chat.START.plusSeconds(30)));
    }

    @Test
    void numbersInRangeDatesTextWithPlaceholdersSetAndGotoScript() {
        chat.facts.put("name", "Ayesha");
        chat.send("hi");
        chat.send("1");
        chat.send("yes");

        assertThat(chat.send("9")).containsExactly("Score from 1 to 5?");
        assertThat(chat.send("4 - better")).containsExactly("When?");
        assertThat(chat.send("31/12/2026")).containsExactly("Anything else, Ayesha?");
        assertThat(chat.send("No, that's all")).containsExactly("Last question?");
        assertThat(chat.facts)
                .containsEntry("score", "4")
                .containsEntry("when", "2026-12-31")
                .containsEntry("words", "No, that's all")
                .containsEntry("stage", "done");
        assertThat(chat.events).contains(new EngineEvent.ScriptFinished("main"));
        assertThat(chat.send("fine")).containsExactly("Goodbye.");
        assertThat(chat.state.finished()).isTrue();
    }

    @Test
    void aPersonOnANodeThatANewVersionDroppedResumesAtTheResumePoint() {
        chat.state =
                new ConversationState(
                        new Position("main", 1, "favourite-food"),
                        true,
                        0,
                        java.util.List.of(),
                        "en",
                        Chat.START,
                        false,
                        false);

        assertThat(chat.send("2")).containsExactly("Are you 18 or over?");
        assertThat(chat.saved.get(0))
                .extracting(SavedFact::script, SavedFact::version, SavedFact::node)
                .containsExactly("main", 2, "colour");
    }

    @Test
    void aPersonOnANodeThatStillExistsInTheNewVersionCarriesOnOnTheSameNode() {
        chat.state =
                new ConversationState(
                        new Position("main", 1, "score"),
                        true,
                        0,
                        java.util.List.of(),
                        "en",
                        Chat.START,
                        false,
                        false);

        assertThat(chat.send("4")).containsExactly("When?");
        assertThat(chat.saved.get(0))
                .extracting(
                        SavedFact::name,
                        SavedFact::value,
                        SavedFact::script,
                        SavedFact::version,
                        SavedFact::node)
                .containsExactly("score", "4", "main", 2, "score");
        assertThat(chat.state.at()).isEqualTo(new Position("main", 2, "when"));
    }

    @Test
    void noMoreLeavesAScriptMarkedFollowUpWhateverItsNameAndWhatCameBeforeItWaits() {
        chat.send("hi"); // at main's colour question
        assertThat(chat.begin("check-in")).containsExactly("How are things?");

        assertThat(chat.send("no more"))
                .containsExactly(
                        "Okay, we won't send any more follow-up messages. You can still message us any time, and reply TALK for a call.");
        assertThat(chat.state.at().script())
                .as("check-in is marked follow-up: true")
                .isEqualTo("main");
        assertThat(chat.state.returnTo()).isEmpty();
        assertThat(chat.send("hello"))
                .containsExactly("Which colour? Reply with a number:\n1 Red\n2 Green\n3 Blue");
    }

    @Test
    void whetherAScriptIsAFollowUpComesFromItsFile() {
        assertThat(chat.engine.isFollowUp("check-in")).isTrue();
        assertThat(chat.engine.isFollowUp("main")).isFalse();
        assertThat(chat.engine.isFollowUp("no-such-script")).isFalse();
    }
}
