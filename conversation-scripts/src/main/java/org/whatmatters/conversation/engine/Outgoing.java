package org.whatmatters.conversation.engine;

/**
 * A message to send, with the catalog key it was made from (several keys joined with '+' when
 * combined).
 */
public record Outgoing(String key, String body) {

    @Override
    public String toString() {
        return "Outgoing[" + key + "]";
    }
}
