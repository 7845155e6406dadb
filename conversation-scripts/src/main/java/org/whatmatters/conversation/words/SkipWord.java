package org.whatmatters.conversation.words;

import java.util.Optional;
import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.AskNode;

/** SKIP: leave this question unanswered and go on; nothing is saved for it. */
public final class SkipWord implements GlobalWord {

    @Override
    public boolean handle(Step step) {
        if (!step.lexicon().is(Lexicon.Kind.SKIP, step.reply())) {
            return false;
        }
        Optional<AskNode> question = step.currentQuestion();
        if (question.isEmpty()) {
            return false;
        }
        step.event(
                new EngineEvent.QuestionSkipped(step.state().at().script(), question.get().id()));
        step.forget(
                question.get().save()); // an older answer to the same question must not steer what
        // follows
        step.moveOn(question.get());
        return true;
    }
}
