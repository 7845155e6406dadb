package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.Replies;

/**
 * While someone has opted out, nothing goes to them; START or UNSTOP (and a bare YES, only while
 * opted out, as Twilio's own opt-in list has it) brings them back, with a welcome and the question
 * they were on. Looser agreement words do not: "ok thanks" after the opt-out confirmation must not
 * restart messages. Someone who sent STOP before their conversation began gets the welcome after
 * START.
 */
public final class OptedOutGate implements GlobalWord {

    private final Replies replies;

    public OptedOutGate(Replies replies) {
        this.replies = replies;
    }

    @Override
    public boolean handle(Step step) {
        if (!step.state().optedOut()) {
            return false;
        }
        Reply reply = step.reply();
        if (step.lexicon().is(Lexicon.Kind.OPT_IN, reply) || "yes".equals(reply.said())) {
            step.optIn();
            step.say(replies.get("global.opt-in"));
            step.event(new EngineEvent.OptedIn());
            step.askAgain();
            step.beginIfNew();
        }
        return true;
    }
}
