package org.whatmatters.conversation.script;

import java.util.Optional;
import java.util.Set;

/**
 * One kind of node as it is written: the field that marks it ({@code say}, {@code ask}, ...), the
 * fields it may have, and how it is read. Each node class holds its own kind; {@link NodeKinds}
 * lists them.
 */
public interface NodeKind {

    /** The field that marks a node of this kind, e.g. {@code ask}. */
    String name();

    /** Every field a node of this kind may have, {@code id} and {@link #name()} included. */
    Set<String> fields();

    /**
     * Reads one node; problems go to {@code in} with their lines. Empty when it cannot be built
     * (the problems say why).
     */
    Optional<Node> read(String id, int line, NodeFields in);
}
