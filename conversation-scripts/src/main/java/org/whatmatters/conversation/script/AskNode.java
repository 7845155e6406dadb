package org.whatmatters.conversation.script;

import org.whatmatters.conversation.answer.Answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks one question and waits for the answer, which is read by {@link #answer} and saved to the fact
 * {@link #save}. With {@code unlessKnown}, a fact already known is not asked again.
 */
public record AskNode(String id, int line, Text prompt, Text hint, Answer answer, String save, boolean unlessKnown,
                      String next) implements Node {

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        texts.add(prompt);
        if (hint != null) {
            texts.add(hint);
        }
        texts.addAll(answer.texts());
        return texts;
    }
}
