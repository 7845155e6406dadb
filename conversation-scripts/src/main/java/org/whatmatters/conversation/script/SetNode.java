package org.whatmatters.conversation.script;

import java.util.List;

/** Saves a fact without asking (e.g. where the referral has got to) and moves on. */
public record SetNode(String id, int line, String fact, String value, String next) implements Node {

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public List<Text> texts() {
        return List.of();
    }
}
