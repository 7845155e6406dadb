package org.whatmatters.conversation.script;

import java.util.List;

/**
 * One step of a script. Each kind is its own class that owns how it is read ({@code KIND}), what it
 * checks, and what it does when the conversation enters it; see {@link NodeKinds} for the list.
 */
public interface Node {

    String id();

    /** Where it is written, for problems. */
    int line();

    /** The node ids this node may lead to within its script. */
    List<String> successors();

    /** The texts this node may send, for catalogs and the validator. */
    List<Text> texts();

    /** What it does when the conversation arrives here, and where the conversation goes next. */
    Entered enter(Visit visit);

    /**
     * Checks of its own, beyond those every node gets (targets exist, reachable, keys unique,
     * length).
     */
    default void check(NodeCheck check) {}

    /**
     * The texts as a person receives them (a question with its options is one message), for the
     * length check.
     */
    default List<Text> asSent() {
        return texts();
    }

    /**
     * Whether entering it may wait for the person; a loop of nodes that never wait would run
     * forever.
     */
    default boolean waitsForAnswer() {
        return false;
    }

    /** Whether it leaves the script (an end, a goto-script): every node needs one ahead of it. */
    default boolean leavesScript() {
        return false;
    }
}
