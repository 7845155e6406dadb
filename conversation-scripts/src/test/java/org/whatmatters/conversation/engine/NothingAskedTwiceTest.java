package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * A fact already known is not asked again (002:65: people complained of being asked the same things
 * repeatedly).
 */
class NothingAskedTwiceTest {

    private static final String PREFERENCES_DONE =
            "Thank you, that's everything. The team will read your answers and be in touch within "
                    + "5 working days. Your contact is the WhatMatters team. Reply STATUS any time.";

    private final Chat chat = Chat.onShippedScripts();

    @Test
    void beginningContactPreferencesAgainAfterFinishingAsksNothingAlreadyAnswered() {
        throughTheWholeFirstConversation();
        int answersBefore = chat.saved.size();

        assertThat(chat.begin("contact-preferences")).containsExactly(PREFERENCES_DONE);
        assertThat(chat.saved).hasSize(answersBefore);
        assertThat(chat.state.finished()).isTrue();
    }

    @Test
    void whatMattersAgainAsksOnlyWhatWasNotAnsweredWithoutTheIntroduction() {
        throughTheWholeFirstConversation(); // beliefs was skipped

        assertThat(chat.begin("what-matters"))
                .containsExactly(
                        "Are there any cultural, spiritual or religious beliefs that matter to you and your recovery?");
        assertThat(chat.send("My faith")).containsExactly(PREFERENCES_DONE);
        assertThat(chat.facts)
                .containsEntry("beliefs", "My faith")
                .containsEntry("who_matters", "My daughter");
    }

    @Test
    void selfReferralAgainDoesNotAskSupportOrConsentToShareAgain() {
        throughTheWholeFirstConversation();

        assertThat(chat.begin("self-referral"))
                .as("only the coordinator's team, which they skipped")
                .containsExactly("Which team are they in? Reply SKIP if you don't know.");
        assertThat(chat.send("SKIP"))
                .containsExactly(
                        "Are there any cultural, spiritual or religious beliefs that matter to you and your recovery?");
        assertThat(chat.facts)
                .containsEntry("support", "team")
                .containsEntry("consent_share_coordinator", "yes");
    }

    @Test
    void talkFromSomeoneWhoChoseUrduDoesNotAskTheCallLanguage() {
        chat.send("hi");
        chat.send("2"); // اردو

        assertThat(chat.send("TALK"))
                .containsExactly(
                        "We'll ask someone from the team to call you.",
                        "Would you like an interpreter on the call? Reply YES or NO.");
        assertThat(chat.facts).containsEntry("call_language", "ur");
        assertThat(chat.saved)
                .filteredOn(fact -> fact.name().equals("call_language"))
                .extracting(SavedFact::script, SavedFact::node)
                .containsExactly(tuple("talk", "call-in-their-language"));
    }

    @Test
    void aSecondTalkAsksNothingAlreadyKnown() {
        chat.send("hi");
        chat.send("1"); // English
        chat.send("TALK");
        chat.send("3"); // the call in Punjabi
        chat.send("yes");

        assertThat(chat.send("TALK"))
                .containsExactly(
                        "We'll ask someone from the team to call you.",
                        FirstContactTest.TALK_DONE,
                        FirstContactTest.CONSENT);
        assertThat(chat.facts)
                .containsEntry("call_language", "pa")
                .containsEntry("wants_interpreter", "yes");
    }

    private void throughTheWholeFirstConversation() {
        for (String reply :
                new String[] {
                    "hi",
                    "1",
                    "yes",
                    "Dee",
                    "yes",
                    "Leeds",
                    "1",
                    "1",
                    "Priya Shah",
                    "SKIP",
                    "07700 900456",
                    "yes",
                    "My daughter",
                    "People say I'm patient",
                    "Football",
                    "SKIP",
                    "Getting out more",
                    "Football boots",
                    "Sleeping better",
                    "1",
                    "weekdays",
                    "1",
                    "yes",
                    "no"
                }) {
            chat.send(reply);
        }
        assertThat(chat.state.finished()).isTrue();
        assertThat(chat.facts).doesNotContainKey("beliefs").containsEntry("letter_ok", "no");
    }
}
