package org.whatmatters.conversation.script;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Carries on at the start of another script. */
public record GotoScriptNode(String id, int line, String script) implements Node {

    public static final NodeKind KIND =
            new NodeKind() {
                @Override
                public String name() {
                    return "goto-script";
                }

                @Override
                public Set<String> fields() {
                    return Set.of("id", "goto-script");
                }

                @Override
                public Optional<Node> read(String id, int line, NodeFields in) {
                    return Optional.of(
                            new GotoScriptNode(id, line, in.scalar("goto-script", true)));
                }
            };

    @Override
    public Entered enter(Visit visit) {
        return Entered.script(script);
    }

    @Override
    public void check(NodeCheck check) {
        if (!check.scriptExists(script)) {
            check.error(
                    line,
                    "node '" + id + "' goes to script '" + script + "', which does not exist");
        }
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
        return List.of();
    }
}
