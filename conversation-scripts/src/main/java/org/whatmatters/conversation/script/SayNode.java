package org.whatmatters.conversation.script;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sends a text and moves on. */
public record SayNode(String id, int line, Text text, String next) implements Node {

    public static final NodeKind KIND =
            new NodeKind() {
                @Override
                public String name() {
                    return "say";
                }

                @Override
                public Set<String> fields() {
                    return Set.of("id", "say", "key", "next");
                }

                @Override
                public Optional<Node> read(String id, int line, NodeFields in) {
                    Text text = in.text("say", "key");
                    String next = in.scalar("next", true);
                    return text == null || next == null
                            ? Optional.empty()
                            : Optional.of(new SayNode(id, line, text, next));
                }
            };

    @Override
    public Entered enter(Visit visit) {
        visit.say(text);
        return Entered.next(next);
    }

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public List<Text> texts() {
        return List.of(text);
    }
}
