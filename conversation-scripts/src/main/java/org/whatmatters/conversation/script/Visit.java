package org.whatmatters.conversation.script;

import java.util.Map;

/**
 * What a node may do when the conversation enters it. The engine provides it (and a rehearsal of it
 * that sends nothing, to look ahead); a node never sends, stores or reads a clock itself.
 */
public interface Visit {

    /** The facts known now, including those saved earlier in this step. */
    Map<String, String> facts();

    /** Sends a text (placeholders filled from the facts). */
    void say(Text text);

    /** Sends a question, with its options numbered under it. */
    void ask(AskNode question);

    /** Saves a fact, recording this node as where it came from. */
    void save(String fact, String value);

    /**
     * Raises one of the declared {@link ScriptEvent}s with its arguments (placeholders already
     * filled).
     */
    void raise(ScriptEvent event, Map<String, String> arguments);
}
