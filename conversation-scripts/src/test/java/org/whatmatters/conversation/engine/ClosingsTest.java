package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Closings say what happens next, roughly when, and who the named contact is; HELP tells the truth
 * about who sees answers; declining at the welcome never ends in "let's move on".
 */
class ClosingsTest {

    private static final String NOT_NOW =
            "That's fine, nothing more will happen for now. Whenever you're ready, just reply YES.";
    private static final String NOT_NOW_HINT =
            "Whenever you'd like to carry on, just reply YES. If you'd rather talk to a person, reply TALK.";
    private static final String CONSENT_HINT =
            "Please reply YES to carry on, or NO if now is not a good time.";

    private final Chat chat = Chat.onShippedScripts();

    @Test
    void helpSaysWhoSeesTheAnswersIncludingACareCoordinatorTheyAgreeTo() {
        chat.send("hi");

        assertThat(chat.send("HELP"))
                .last()
                .isEqualTo(
                        "It does not affect your benefits and you never pay anything back. "
                                + "Only the team supporting you, and your care coordinator if you agree, see your answers.");
    }

    @Test
    void theTalkClosingNamesTheContactAndUsesTheDeploymentsCrisisLine() {
        chat.facts.put("named_contact", "Sam at Bradford Mind");
        chat.facts.put("nhs111", "NHS 111, option 2");
        chat.send("hi");
        chat.send("1");
        chat.send("TALK");
        chat.send("1");

        assertThat(chat.send("no"))
                .first()
                .isEqualTo(
                        "Thank you. Someone from the team will call you within 2 working days. "
                                + "Your contact is Sam at Bradford Mind. If you need help sooner, call NHS 111, option 2.");
    }

    @Test
    void theUnder18ClosingSaysWhatHappensNextAndNamesTheContact() {
        chat.facts.put("named_contact", "Sam at Bradford Mind");
        for (String reply : new String[] {"hi", "1", "yes", "Jo"}) {
            chat.send(reply);
        }

        assertThat(chat.send("no"))
                .containsExactly(
                        "Thank you. This service is for adults, so we won't send you anything more. "
                                + "Your care team or GP can tell you what support there is. Your contact is Sam at Bradford Mind: reply TALK for a call within 2 working days.");
        assertThat(chat.state.finished()).isTrue();
    }

    @Test
    void afterNoEveryUnreadableReplyGetsTheWayBackAndNothingIsKept() {
        chat.send("hi");
        chat.send("1");
        assertThat(chat.send("no")).containsExactly(NOT_NOW);

        for (String reply :
                new String[] {"what is this", "who gave you my number", "hmm", "still here"}) {
            assertThat(chat.send(reply)).as(reply).containsExactly(NOT_NOW_HINT);
        }
        assertThat(chat.saved).noneMatch(fact -> fact.name().endsWith("_said"));
        assertThat(chat.state.at()).isEqualTo(new Position("welcome", 2, "not-now"));

        assertThat(chat.send("yes"))
                .containsExactly("Thank you. What would you like us to call you?");
    }

    @Test
    void consentIsNeverAssumedFromUnreadableReplies() {
        chat.send("hi");
        chat.send("1");

        for (String reply : new String[] {"maybe", "what's it for", "dunno", "hmm"}) {
            assertThat(chat.send(reply)).as(reply).containsExactly(CONSENT_HINT);
        }
        assertThat(chat.facts)
                .doesNotContainKey("consent_to_continue")
                .doesNotContainKey("consent_to_continue_said");
        assertThat(chat.send("yes"))
                .containsExactly("Thank you. What would you like us to call you?");
    }
}
