package org.whatmatters.conversation.engine;

import java.time.Instant;

/** A fact to save, with where it came from: script, version, node, channel and time. */
public record SavedFact(
        String name,
        String value,
        String script,
        int version,
        String node,
        String channel,
        Instant savedAt) {

    @Override
    public String toString() {
        return "SavedFact[" + name + " from " + script + " v" + version + " " + node + "]";
    }
}
