package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.Replies;

/**
 * NO MORE: no more follow-up contacts. Unlike STOP, other messages still reach them (crisis
 * support, STATUS, a reply when they write). A follow-up conversation in progress ends here,
 * without another question.
 */
public final class NoMoreWord implements GlobalWord {

    private final Replies replies;

    public NoMoreWord(Replies replies) {
        this.replies = replies;
    }

    @Override
    public boolean handle(Step step) {
        if (!step.lexicon().is(Lexicon.Kind.NO_MORE, step.reply())) {
            return false;
        }
        step.leaveFollowUp();
        step.say(replies.get("global.no-more"));
        step.event(new EngineEvent.FollowUpsDeclined());
        return true;
    }
}
