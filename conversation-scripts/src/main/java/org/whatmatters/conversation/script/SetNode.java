package org.whatmatters.conversation.script;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves a fact without asking (e.g. where the referral has got to) and moves on: either a fixed {@code value},
 * or the value of another known fact ({@code from}; nothing is saved when that fact is not known).
 */
public record SetNode(String id, int line, String fact, String value, String from, String next) implements Node {

    /** What to save, given the facts known now. */
    public Optional<String> valueIn(Map<String, String> facts) {
        if (from == null) {
            return Optional.of(value);
        }
        String known = facts.get(from);
        return known == null || known.isBlank() ? Optional.empty() : Optional.of(known);
    }

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public List<Text> texts() {
        return List.of();
    }
}
