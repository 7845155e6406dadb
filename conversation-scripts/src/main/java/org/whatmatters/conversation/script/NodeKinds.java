package org.whatmatters.conversation.script;

import java.util.List;
import java.util.Optional;

/**
 * Every node kind a script may use. Adding a kind is adding its class (with its {@code KIND}) here.
 */
public final class NodeKinds {

    public static final List<NodeKind> ALL =
            List.of(
                    SayNode.KIND,
                    AskNode.KIND,
                    BranchNode.KIND,
                    SetNode.KIND,
                    RaiseNode.KIND,
                    GotoScriptNode.KIND,
                    EndNode.KIND);

    private NodeKinds() {}

    public static List<String> names() {
        return ALL.stream().map(NodeKind::name).toList();
    }

    public static Optional<NodeKind> named(String name) {
        return ALL.stream().filter(kind -> kind.name().equals(name)).findFirst();
    }
}
