package org.whatmatters.conversation.script;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Closes the script with a last text (what happens next, and who their contact is). */
public record EndNode(String id, int line, Text text) implements Node {

    public static final NodeKind KIND =
            new NodeKind() {
                @Override
                public String name() {
                    return "end";
                }

                @Override
                public Set<String> fields() {
                    return Set.of("id", "end", "key");
                }

                @Override
                public Optional<Node> read(String id, int line, NodeFields in) {
                    return Optional.of(new EndNode(id, line, in.text("end", "key")));
                }
            };

    @Override
    public Entered enter(Visit visit) {
        if (text != null) {
            visit.say(text);
        }
        return Entered.END;
    }

    @Override
    public boolean leavesScript() {
        return true;
    }

    @Override
    public List<String> successors() {
        return List.of();
    }

    @Override
    public List<Text> texts() {
        return text == null ? List.of() : List.of(text);
    }
}
