package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.CrisisCheck;
import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.Replies;

import java.util.Optional;

/**
 * Any sign of crisis pre-empts everything, even an opt-out: crisis support at once, an urgent alert for a
 * person who can act, and the conversation kept where it was so they can carry on later.
 */
public final class CrisisWord implements GlobalWord {

    private final CrisisCheck check;
    private final Replies replies;

    public CrisisWord(CrisisCheck check, Replies replies) {
        this.check = check;
        this.replies = replies;
    }

    @Override
    public boolean handle(Step step) {
        Optional<String> matched = check.match(step.turn().text());
        if (matched.isEmpty()) {
            return false;
        }
        step.say(replies.get("global.crisis"));
        step.event(new EngineEvent.CrisisDetected(matched.get()));
        return true;
    }
}
