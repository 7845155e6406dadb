package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words that work anywhere, in every served language, whatever language the person chose. */
class WordsInEveryLanguageTest {

    private static final String OPTED_OUT =
            "You won't get any more messages from WhatMatters. If you change your mind, reply START.";
    private static final String NAME = "Thank you. What would you like us to call you?";

    private final Chat chat = Chat.onShippedScripts();

    @ParameterizedTest
    @ValueSource(strings = {"بند کرو", "ਬੰਦ ਕਰੋ", "বন্ধ করুন", "koniec", "توقف", "jooji"})
    void aStopInAnyLanguageAsTheFirstMessageOptsOut(String stop) {
        assertThat(chat.send(stop)).containsExactly(OPTED_OUT);
        assertThat(chat.state.optedOut()).isTrue();
        assertThat(chat.events).contains(new EngineEvent.OptedOut());
        assertThat(chat.send("hello")).isEmpty();
    }

    @Test
    void anotherLanguagesWordsWorkInAnEnglishConversation() {
        inEnglishAtTheNameQuestion();

        assertThat(chat.send("pomoc"))
                .hasSize(2)
                .first()
                .asString()
                .contains("TALK"); // Polish HELP
        assertThat(chat.send("ka bood"))
                .containsExactly("Are you 18 or over? Reply YES or NO."); // Somali SKIP
        assertThat(chat.events).contains(new EngineEvent.QuestionSkipped("self-referral", "name"));
        assertThat(chat.send("بعد میں"))
                .containsExactly("No problem. Reply whenever you're ready."); // Urdu LATER
        assertThat(chat.send("ਗੱਲ ਕਰੋ"))
                .first()
                .isEqualTo("We'll ask someone from the team to call you."); // Punjabi TALK
        assertThat(chat.events).contains(new EngineEvent.TalkRequested());
        chat.send("1");
        chat.send("no");
        assertThat(chat.send("توقف")).containsExactly(OPTED_OUT); // Arabic STOP
        assertThat(chat.state.optedOut()).isTrue();
    }

    @Test
    void aBengaliLanguageWordInAPolishConversationOpensTheLanguageChoice() {
        inEnglishAtTheNameQuestion();
        chat.send("LANGUAGE");
        chat.send("5"); // Polski

        assertThat(chat.send("ভাষা"))
                .first()
                .asString()
                .startsWith("Which language would you like?");
        assertThat(chat.state.at().script()).isEqualTo("language");
    }

    @Test
    void yesAndNoAreReadInThePersonsLanguageOnly() {
        inEnglishAtTheNameQuestion();
        chat.send("Dee");

        assertThat(chat.send("tak"))
                .as("Polish yes, but they chose English")
                .containsExactly("Please reply YES if you are 18 or over, or NO if you are not.");
        assertThat(chat.facts).doesNotContainKey("adult");
    }

    @Test
    void romanUrduBandStopsOnlySomeoneWhoChoseUrduElseItIsAnAnswer() {
        inEnglishAtTheNameQuestion();

        assertThat(chat.send("band")).containsExactly("Are you 18 or over? Reply YES or NO.");
        assertThat(chat.facts).containsEntry("preferred_name", "band");
        assertThat(chat.state.optedOut()).isFalse();

        Chat urdu = Chat.onShippedScripts();
        urdu.send("hi");
        urdu.send("2");
        assertThat(urdu.send("band")).containsExactly(OPTED_OUT);
    }

    @Test
    void somaliWarAsksForNewsOnlyFromSomeoneWhoChoseSomaliElseItIsAnAnswer() {
        inEnglishAtTheNameQuestion();

        assertThat(chat.send("war")).containsExactly("Are you 18 or over? Reply YES or NO.");
        assertThat(chat.facts).containsEntry("preferred_name", "war");
        assertThat(chat.events).doesNotContain(new EngineEvent.StatusRequested());

        Chat somali = Chat.onShippedScripts();
        somali.send("hi");
        somali.send("7");
        somali.send("war");
        assertThat(somali.events).contains(new EngineEvent.StatusRequested());
        assertThat(somali.facts).doesNotContainKey("preferred_name");
    }

    private void inEnglishAtTheNameQuestion() {
        chat.send("hi");
        chat.send("1");
        assertThat(chat.send("yes")).containsExactly(NAME);
    }
}
