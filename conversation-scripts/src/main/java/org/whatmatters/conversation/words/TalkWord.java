package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;

/**
 * TALK: a person will call; a short side conversation asks in which language and about an
 * interpreter, unless known.
 */
public final class TalkWord implements GlobalWord {

    static final String SCRIPT = "talk";

    @Override
    public boolean handle(Step step) {
        if (!step.lexicon().is(Lexicon.Kind.TALK, step.reply())) {
            return false;
        }
        step.event(new EngineEvent.TalkRequested());
        step.detour(SCRIPT);
        return true;
    }
}
