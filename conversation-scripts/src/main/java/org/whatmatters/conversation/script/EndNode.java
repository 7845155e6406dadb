package org.whatmatters.conversation.script;

import java.util.List;

/** Closes the script with a last text (what happens next, and who their contact is). */
public record EndNode(String id, int line, Text text) implements Node {

    @Override
    public List<String> successors() {
        return List.of();
    }

    @Override
    public List<Text> texts() {
        return text == null ? List.of() : List.of(text);
    }
}
