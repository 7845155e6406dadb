package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.Replies;

/**
 * HELP or INFO: what this is, how to stop, how to reach a person, and the questions people worry
 * about. As a first message, the welcome follows.
 */
public final class HelpWord implements GlobalWord {

    private final Replies replies;

    public HelpWord(Replies replies) {
        this.replies = replies;
    }

    @Override
    public boolean handle(Step step) {
        if (!step.lexicon().is(Lexicon.Kind.HELP, step.reply())) {
            return false;
        }
        step.say(replies.get("global.help"));
        step.say(replies.get("global.help.faq"));
        step.beginIfNew();
        return true;
    }
}
