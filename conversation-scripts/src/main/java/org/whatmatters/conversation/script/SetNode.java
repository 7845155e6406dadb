package org.whatmatters.conversation.script;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saves a fact without asking (e.g. where the referral has got to) and moves on: either a fixed
 * {@code value}, or the value of another known fact ({@code from}; nothing is saved when that fact
 * is not known).
 */
public record SetNode(String id, int line, String fact, String value, String from, String next)
        implements Node {

    public static final NodeKind KIND =
            new NodeKind() {
                @Override
                public String name() {
                    return "set";
                }

                @Override
                public Set<String> fields() {
                    return Set.of("id", "set", "value", "from", "next");
                }

                @Override
                public Optional<Node> read(String id, int line, NodeFields in) {
                    String fact = in.scalar("set", true);
                    String value = in.scalar("value", false);
                    String from = in.scalar("from", false);
                    String next = in.scalar("next", true);
                    if (in.has("value") == in.has("from")) {
                        in.error(line, "a set node needs exactly one of 'value' and 'from'");
                        return Optional.empty();
                    }
                    return fact == null || next == null || (value == null && from == null)
                            ? Optional.empty()
                            : Optional.of(new SetNode(id, line, fact, value, from, next));
                }
            };

    /** What to save, given the facts known now. */
    public Optional<String> valueIn(Map<String, String> facts) {
        if (from == null) {
            return Optional.of(value);
        }
        String known = facts.get(from);
        return known == null || known.isBlank() ? Optional.empty() : Optional.of(known);
    }

    @Override
    public Entered enter(Visit visit) {
        valueIn(visit.facts()).ifPresent(saved -> visit.save(fact, saved));
        return Entered.next(next);
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
