package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.Step;

/** LANGUAGE: choose a language, then carry on where they were. */
public final class LanguageWord implements GlobalWord {

    static final String SCRIPT = "language";

    @Override
    public boolean handle(Step step) {
        if (!step.lexicon().is(Lexicon.Kind.LANGUAGE, step.reply())) {
            return false;
        }
        step.detour(SCRIPT);
        return true;
    }
}
