package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new person whose very first message is a word that works anywhere (or crisis language) still
 * gets the welcome and the way into self-referral, on the shipped scripts with the real crisis
 * detector.
 */
class FirstContactTest {

    static final String HELLO =
            "Hello, this is WhatMatters. We help people plan a small amount of NHS money for something that helps their mental health.";
    static final String WHICH_LANGUAGE =
            "Which language would you like? Reply with a number:\n1 English\n2 اردو\n3 ਪੰਜਾਬੀ\n4 বাংলা\n5 Polski\n6 العربية\n7 Soomaali";
    static final String PRIVACY =
            "Your answers are private: only the team supporting you sees them, and your care coordinator if you agree. More at example.org/privacy";
    static final String CONSENT =
            "Would you like to carry on? It takes about 10 minutes, and you can skip or stop at any time. Reply YES or NO.";
    static final String TALK_DONE =
            "Thank you. Someone from the team will call you within 2 working days. Your contact is the WhatMatters team. "
                    + "If you need help sooner, call NHS 111 (option 2).";

    private final Chat chat = Chat.onShippedScripts();

    @ParameterizedTest
    @ValueSource(strings = {"TALK", "call me", "بات کریں"})
    void talkAsTheFirstMessageArrangesTheCallThenStartsTheWelcome(String word) {
        assertThat(chat.send(word))
                .first()
                .isEqualTo("We'll ask someone from the team to call you.");
        assertThat(chat.events).contains(new EngineEvent.TalkRequested());
        chat.send("1"); // the call in English

        assertThat(chat.send("no")).containsExactly(TALK_DONE, HELLO, WHICH_LANGUAGE);
        assertThat(chat.facts)
                .containsEntry("call_language", "en")
                .containsEntry("wants_interpreter", "no");
        assertThat(chat.state.at()).isEqualTo(new Position("welcome", 2, "language"));
        assertThat(chat.state.finished()).isFalse();
        assertThat(chat.send("1")).containsExactly(PRIVACY, CONSENT);
        assertThat(chat.send("yes"))
                .containsExactly("Thank you. What would you like us to call you?");
    }

    @Test
    void languageAsTheFirstMessageChoosesItThenWelcomesWithoutAskingAgain() {
        assertThat(chat.send("LANGUAGE")).containsExactly(WHICH_LANGUAGE);

        assertThat(chat.send("2"))
                .containsExactly("Thank you. Let's carry on.", HELLO, PRIVACY, CONSENT);
        assertThat(chat.state.language()).isEqualTo("ur");
        assertThat(chat.state.at()).isEqualTo(new Position("welcome", 2, "consent"));
    }

    @Test
    void anUrduLanguageWordBeforeChoosingUrduWorksToo() {
        assertThat(chat.send("زبان")).containsExactly(WHICH_LANGUAGE);
        assertThat(chat.state.at()).isEqualTo(new Position("language", 1, "choose"));
    }

    @Test
    void helpAsTheFirstMessageAnswersThenStartsTheWelcome() {
        List<String> reply = chat.send("HELP");

        assertThat(reply).hasSize(4);
        assertThat(reply.get(0)).contains("TALK").contains("STOP");
        assertThat(reply.subList(2, 4)).containsExactly(HELLO, WHICH_LANGUAGE);
        assertThat(chat.send("1")).containsExactly(PRIVACY, CONSENT);
    }

    @Test
    void statusAsTheFirstMessageAnswersThenStartsTheWelcome() {
        assertThat(chat.send("status"))
                .containsExactly(
                        "We have your messages. When you're ready, reply to the last question and we'll carry on.",
                        "Your contact is the WhatMatters team. Reply TALK if you'd like a call.",
                        HELLO,
                        WHICH_LANGUAGE);
        assertThat(chat.events).contains(new EngineEvent.StatusRequested());
    }

    @Test
    void crisisAsTheFirstMessageGetsSupportAloneAndTheNextMessageStartsTheWelcome() {
        List<String> reply = chat.send("I want to kill myself");

        assertThat(reply)
                .singleElement()
                .asString()
                .contains("call 999")
                .contains("116 123")
                .contains("NHS 111 (option 2)");
        assertThat(chat.events).contains(new EngineEvent.CrisisDetected("en:kill myself"));
        assertThat(chat.state.optedOut()).isFalse();
        assertThat(chat.state.finished()).isFalse();

        assertThat(chat.send("ok")).containsExactly(HELLO, WHICH_LANGUAGE);
    }

    @Test
    void stopAsTheFirstMessageThenStartBeginsTheWelcome() {
        chat.send("STOP");
        assertThat(chat.send("hello?")).isEmpty();

        assertThat(chat.send("START"))
                .containsExactly(
                        "Welcome back, it's good to hear from you. Let's carry on where we were.",
                        HELLO,
                        WHICH_LANGUAGE);
    }

    @Test
    void laterAsTheFirstMessageIsAKindOkAndTheNextMessageStartsTheWelcome() {
        assertThat(chat.send("later")).containsExactly("No problem. Reply whenever you're ready.");

        assertThat(chat.send("hi")).containsExactly(HELLO, WHICH_LANGUAGE);
    }
}
