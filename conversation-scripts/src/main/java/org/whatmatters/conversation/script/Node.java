package org.whatmatters.conversation.script;

import java.util.List;

/** One step of a script. Each kind is its own class and knows what it does when entered. */
public sealed interface Node permits SayNode, AskNode, BranchNode, SetNode, GotoScriptNode, EndNode {

    String id();

    /** Where it is written, for problems. */
    int line();

    /** The node ids this node may lead to within its script. */
    List<String> successors();

    /** The texts this node may send, for catalogs and the validator. */
    List<Text> texts();
}
