package org.whatmatters.conversation.engine;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words that work anywhere, checked before the script, on the test flow's first question. */
class GlobalWordsTest {

    private static final String QUESTION = "Which colour? Reply with a number:\n1 Red\n2 Green\n3 Blue";
    private Chat chat;

    @BeforeEach
    void atTheFirstQuestion() {
        chat = Chat.onTestFlows();
        chat.send("hi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "Stop.", "STOPALL", "unsubscribe", "CANCEL", "end", "Quit", "REVOKE", "optout"})
    void twiliosOptOutWordsConfirmOnceThenNothingIsSent(String word) {
        assertThat(chat.send(word)).containsExactly("You won't get any more messages from WhatMatters. If you change your mind, reply START.");
        assertThat(chat.state.optedOut()).isTrue();
        assertThat(chat.events).contains(new EngineEvent.OptedOut());

        assertThat(chat.send("1")).isEmpty();
        assertThat(chat.send("HELP")).isEmpty();
        assertThat(chat.facts).doesNotContainKey("colour");
    }

    @Test
    void aStopInsideASentenceIsAnAnswerNotAnOptOut() {
        assertThat(chat.send("please don't stop")).containsExactly("Reply 1, 2 or 3.");
        assertThat(chat.state.optedOut()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "unstop", "yes"})
    void startUnstopOrYesWhileOptedOutWelcomesBackAndAsksAgain(String word) {
        chat.send("STOP");

        assertThat(chat.send(word)).containsExactly("Welcome back, it's good to hear from you. Let's carry on where we were.", QUESTION);
        assertThat(chat.state.optedOut()).isFalse();
        assertThat(chat.events).contains(new EngineEvent.OptedIn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "ok thanks", "sure", "yeah"})
    void aLooseAgreementAfterStoppingDoesNotStartMessagesAgain(String reply) {
        chat.send("STOP");

        assertThat(chat.send(reply)).isEmpty();
        assertThat(chat.state.optedOut()).isTrue();
    }

    @Test
    void yesIsAnOrdinaryAnswerWhenNotOptedOut() {
        chat.send("1");
        assertThat(chat.send("yes")).containsExactly("Score from 1 to 5?");
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
    void languageChangesTheLanguageThenCarriesOnWhereTheyWere() {
        assertThat(chat.send("LANGUAGE")).containsExactly("Language? Reply with a number:\n1 English\n2 اردو");
        assertThat(chat.send("urdu")).containsExactly("Thanks.", QUESTION);
        assertThat(chat.state.language()).isEqualTo("ur");
        assertThat(chat.events).contains(new EngineEvent.LanguageChanged("ur"));
        assertThat(chat.send("3")).containsExactly("Are you 18 or over?");
    }

    @Test
    void talkRecordsTheRequestAsksAboutAnInterpreterAndReturns() {
        assertThat(chat.send("talk")).containsExactly("Interpreter?");
        assertThat(chat.events).contains(new EngineEvent.TalkRequested());
        assertThat(chat.send("yes")).containsExactly("Someone will call.", QUESTION);
        assertThat(chat.facts).containsEntry("wants_interpreter", "yes");
    }

    @Test
    void statusSaysWhereTheReferralIsAndWhoTheirContactIs() {
        chat.facts.put("referral_status", "item-ordered");

        assertThat(chat.send("Status")).containsExactly("Your item has been ordered. We'll let you know when it is on its way.",
                "Your contact is the WhatMatters team. Reply TALK if you'd like a call.");
        assertThat(chat.events).contains(new EngineEvent.StatusRequested());
    }

    @Test
    void skipLeavesTheQuestionUnansweredAndMovesOn() {
        assertThat(chat.send("SKIP")).containsExactly("Are you 18 or over?");
        assertThat(chat.facts).doesNotContainKey("colour").doesNotContainKey("colour_said");
        assertThat(chat.events).contains(new EngineEvent.QuestionSkipped("main", "colour"));
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
    void concernGetsAKindReplyWithTheNumbersARoutineEventAndKeepsTheConversation() {
        Chat shipped = Chat.onShippedScripts();
        shipped.send("Hello");
        ConversationState before = shipped.state;

        List<String> reply = shipped.send("everything is falling apart and I can't cope");

        assertThat(reply).singleElement().satisfies(text -> assertThat(text)
                .contains("you don't have to cope alone").contains("116 123").contains("999").doesNotContain("We've let the team know"));
        assertThat(shipped.events).containsExactly(new EngineEvent.ConcernRaised("concern", "en:can't cope"));
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
