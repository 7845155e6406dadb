package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The follow-up contacts on the shipped scripts: LATER and NO MORE, reminders, feedback merged into
 * an earlier contact, and the signposting offer with what the host fills in.
 */
class FollowUpConversationTest {

    private static final String SCORE_QUESTION =
            "Hello, it's WhatMatters. How is it going with the item you chose? "
                    + "Reply with a number from 1 (not well) to 5 (really well).";

    private final Chat chat = Chat.onShippedScripts();

    @ParameterizedTest
    @ValueSource(strings = {"LATER", "not now", "Not now.", "later please"})
    void laterDuringAContactPostponesItAndKeepsTheQuestionOpen(String word) {
        chat.facts.put("follow_up_active", "yes");
        chat.begin("follow-up-2");

        assertThat(chat.send(word))
                .containsExactly(
                        "No problem. We'll message you again tomorrow. You can reply any time before then if you like.");
        assertThat(chat.events).contains(new EngineEvent.Postponed());
        assertThat(chat.state.waiting()).isTrue();
        assertThat(chat.send("4"))
                .first()
                .asString()
                .startsWith("Thank you. Would you like to tell us more");
        assertThat(chat.facts).containsEntry("going_score", "4");
    }

    @Test
    void laterOutsideAFollowUpIsJustAKindOk() {
        chat.send("hello");
        chat.send("1");

        assertThat(chat.send("later")).containsExactly("No problem. Reply whenever you're ready.");
        assertThat(chat.events).doesNotContain(new EngineEvent.Postponed());
    }

    @Test
    void noMoreEndsTheFollowUpAtOnceWithoutAnotherQuestion() {
        chat.begin("follow-up-2");

        assertThat(chat.send("NO MORE"))
                .containsExactly(
                        "Okay, we won't send any more follow-up messages. You can still message us any time, and reply TALK for a call.");
        assertThat(chat.events).contains(new EngineEvent.FollowUpsDeclined());
        assertThat(chat.state.finished()).isTrue();
        assertThat(chat.state.optedOut()).as("other messages still reach them").isFalse();
        assertThat(chat.send("STATUS")).hasSize(2);
    }

    @Test
    void noMoreDuringAFollowUpLeavesAnEarlierConversationWaitingForTheirNextMessage() {
        chat.send("hello");
        chat.send("1"); // English
        chat.send("yes"); // carry on
        chat.begin("follow-up-1"); // a contact arrives while they are being asked their name

        chat.send("no more");

        assertThat(chat.state.at().script()).isEqualTo("self-referral");
        assertThat(chat.state.waiting()).isFalse();
        assertThat(chat.send("hi again"))
                .containsExactly("Thank you. What would you like us to call you?");
    }

    @Test
    void aReminderSaysHelloAgainWithoutPressureAndAsksTheSameQuestion() {
        chat.begin("follow-up-2");
        chat.later(Duration.ofHours(48));

        List<String> reminder =
                apply(
                        chat.engine.nudge(
                                "global.reminder",
                                chat.state,
                                chat.facts,
                                new Turn("", "schedule", chat.now)));

        assertThat(reminder)
                .containsExactly(
                        "Hello again from WhatMatters. No rush: reply whenever suits you. If you'd rather we didn't follow up, reply NO MORE.",
                        SCORE_QUESTION);
        assertThat(String.join(" ", reminder).toLowerCase())
                .doesNotContain("must")
                .doesNotContain("warning")
                .doesNotContain("last chance");
    }

    @Test
    void nobodyIsNudgedAfterStopOrWhenNoQuestionWaits() {
        chat.begin("follow-up-2");
        chat.send("STOP");
        assertThat(
                        chat.engine
                                .nudge(
                                        "global.reminder",
                                        chat.state,
                                        chat.facts,
                                        new Turn("", "schedule", chat.now))
                                .messages())
                .isEmpty();

        Chat finished = Chat.onShippedScripts();
        finished.begin("follow-up-2");
        finished.send("NO MORE");
        assertThat(
                        finished.engine
                                .nudge(
                                        "global.reminder",
                                        finished.state,
                                        finished.facts,
                                        new Turn("", "schedule", finished.now))
                                .messages())
                .isEmpty();
    }

    @Test
    void feedbackMergedIntoContactTwoFollowsOnWithoutANewHello() {
        chat.facts.put("contact_includes_feedback", "yes");
        chat.begin("follow-up-2");
        chat.send("4");

        assertThat(chat.send("It's helping me get out"))
                .containsExactly(
                        "And what difference, if any, has it made for you so far? Honest answers help most and won't affect your support.");
        assertThat(chat.events).contains(new EngineEvent.ScriptFinished("follow-up-2"));
        chat.send("I sleep better");
        chat.send("SKIP");
        assertThat(chat.send("no"))
                .singleElement()
                .asString()
                .startsWith("Thank you for all your help");
        assertThat(chat.facts)
                .containsEntry("difference_made", "I sleep better")
                .containsEntry("wants_signposting", "no");
    }

    @Test
    void withoutAMergeContactTwoClosesAsBefore() {
        chat.begin("follow-up-2");
        chat.send("4");

        assertThat(chat.send("fine"))
                .singleElement()
                .asString()
                .startsWith("Thank you for letting us know. We'll be in touch one more time");
    }

    @Test
    void aServiceTheyAskedAboutLastTimeIsFollowedUp() {
        chat.facts.put("signpost_asked", "Riverside Walking Football");
        chat.begin("follow-up-2");
        chat.send("5");

        assertThat(chat.send("great"))
                .containsExactly(
                        "Last time you asked about Riverside Walking Football. Did you get a chance to try it? Reply YES or NO.");
        chat.send("yes");
        assertThat(chat.facts).containsEntry("signpost_used", "yes");
    }

    @Test
    void theSignpostingOfferListsThreeServicesAndGivesDetailsByNumber() {
        offerThree();

        List<String> offer = chat.begin("signposting");

        assertThat(offer)
                .containsExactly(
                        "Here are some that might suit you. Reply with a number for their details:\n"
                                + "1 Riverside Walking Football\n2 Canal Art Group\n3 Eastside Befriending");
        assertThat(chat.send("2"))
                .containsExactly(
                        "Canal Art Group: 01274 000002, Tuesdays 10-12",
                        "Would you like the details of another one? Reply 1, 2 or 3, or NO.\n"
                                + "1 Riverside Walking Football\n2 Canal Art Group\n3 Eastside Befriending\n4 No thanks");
        assertThat(chat.send("1")).first().isEqualTo("Riverside Walking Football: 01274 000001");
        assertThat(chat.send("no"))
                .singleElement()
                .asString()
                .startsWith("Thank you. Your contact is");
        assertThat(chat.saved)
                .filteredOn(fact -> fact.name().equals("signpost_choice"))
                .extracting(SavedFact::value)
                .containsExactly("service-2", "service-1", "no");
    }

    @Test
    void skippingTheOfferEndsItRatherThanReusingAnOlderChoice() {
        offerThree();
        chat.facts.put("signpost_choice", "service-3"); // from an offer months ago
        chat.begin("signposting");

        assertThat(chat.send("SKIP"))
                .singleElement()
                .asString()
                .startsWith("Thank you. Your contact is");
    }

    @Test
    void withFewerThanThreeToOfferThePartnerIsAskedInstead() {
        assertThat(chat.begin("signposting"))
                .singleElement()
                .asString()
                .isEqualTo(
                        "Thank you. We'll ask the WhatMatters team to share some ideas with you. Reply TALK any time for a call.");
    }

    private void offerThree() {
        chat.facts.put("signpost_1", "Riverside Walking Football");
        chat.facts.put("signpost_2", "Canal Art Group");
        chat.facts.put("signpost_3", "Eastside Befriending");
        chat.facts.put("signpost_1_details", "Riverside Walking Football: 01274 000001");
        chat.facts.put("signpost_2_details", "Canal Art Group: 01274 000002, Tuesdays 10-12");
        chat.facts.put("signpost_3_details", "Eastside Befriending: 01274 000003");
    }

    private List<String> apply(StepResult result) {
        chat.state = result.state();
        return result.messages().stream().map(Outgoing::body).toList();
    }
}
