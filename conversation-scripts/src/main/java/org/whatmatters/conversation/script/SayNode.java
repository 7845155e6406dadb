package org.whatmatters.conversation.script;

import java.util.List;

/** Sends a text and moves on. */
public record SayNode(String id, int line, Text text, String next) implements Node {

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public List<Text> texts() {
        return List.of(text);
    }
}
