package org.whatmatters.conversation.script;

import java.util.List;

/** Carries on at the start of another script. */
public record GotoScriptNode(String id, int line, String script) implements Node {

    @Override
    public List<String> successors() {
        return List.of();
    }

    @Override
    public List<Text> texts() {
        return List.of();
    }
}
