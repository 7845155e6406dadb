package org.whatmatters.conversation.script;

/**
 * A text a person may see: its stable catalog key and its English source as written in the script.
 */
public record Text(String key, String source, int line) {}
