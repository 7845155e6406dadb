package org.whatmatters.conversation.engine;

/** Where a conversation is: a node of a given version of a script. */
public record Position(String script, int version, String node) {}
