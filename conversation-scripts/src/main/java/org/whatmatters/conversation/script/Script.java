package org.whatmatters.conversation.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One conversation as written in {@code scripts/<id>.yaml}.
 *
 * @param followUp whether it belongs to the follow-up after delivery (a contact, or signposting):
 *     NO MORE ends it
 */
public record Script(
        String id,
        int version,
        String title,
        String resume,
        boolean followUp,
        String file,
        List<Node> nodes) {

    public Node start() {
        return nodes.get(0);
    }

    public Optional<Node> node(String nodeId) {
        return nodes.stream().filter(node -> node.id().equals(nodeId)).findFirst();
    }

    /**
     * Where to carry on for someone last seen at {@code nodeId}, which a newer version may have
     * dropped.
     */
    public Node resumeAt(String nodeId) {
        return node(nodeId).or(() -> node(resume)).orElse(start());
    }

    public Map<String, Text> texts() {
        Map<String, Text> texts = new LinkedHashMap<>();
        nodes.forEach(node -> node.texts().forEach(text -> texts.put(text.key(), text)));
        return texts;
    }
}
