package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.Replies;

/**
 * LATER / NOT NOW: during a follow-up contact (the host says so with the fact {@code
 * follow_up_active}), the question waits and the host asks it again in the next allowed window
 * tomorrow; at any other time the person is simply told to reply whenever they are ready. The
 * question stays open either way.
 */
public final class LaterWord implements GlobalWord {

    public static final String FOLLOW_UP_ACTIVE_FACT = "follow_up_active";
    private final Replies replies;

    public LaterWord(Replies replies) {
        this.replies = replies;
    }

    @Override
    public boolean handle(Step step) {
        if (!step.lexicon().is(Lexicon.Kind.LATER, step.reply())) {
            return false;
        }
        if ("yes".equals(step.facts().get(FOLLOW_UP_ACTIVE_FACT))) {
            step.say(replies.get("global.later"));
            step.event(new EngineEvent.Postponed());
        } else {
            step.say(replies.get("global.later.anytime"));
        }
        return true;
    }
}
