package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.Replies;

/**
 * STOP and Twilio's other opt-out words, as the whole message, any case: confirm once, then
 * silence.
 */
public final class OptOutWord implements GlobalWord {

    private final Replies replies;

    public OptOutWord(Replies replies) {
        this.replies = replies;
    }

    @Override
    public boolean handle(Step step) {
        if (!step.lexicon().is(Lexicon.Kind.OPT_OUT, step.reply())) {
            return false;
        }
        step.say(replies.get("global.opt-out"));
        step.optOut();
        step.event(new EngineEvent.OptedOut());
        return true;
    }
}
