package org.whatmatters.conversation.script;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whatmatters.translations.sms.SmsSegments;

/**
 * Checks the scripts as a whole: the flow graph of each and keys across all; each node adds its own
 * checks ({@link Node#check}).
 */
final class ScriptValidator {

    static final int MAX_SEGMENTS = 3;

    private ScriptValidator() {}

    static List<Problem> check(Collection<Script> scripts) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        scripts.forEach(script -> ids.add(script.id()));
        Map<String, Text> keys = new HashMap<>();
        Map<String, String> keyFiles = new HashMap<>();
        for (Script script : scripts) {
            String file = script.file();
            if (!file.endsWith("/" + script.id() + ".yaml")
                    && !file.equals(script.id() + ".yaml")) {
                problems.add(
                        Problem.error(
                                file,
                                1,
                                "script '"
                                        + script.id()
                                        + "' should be in a file called "
                                        + script.id()
                                        + ".yaml"));
            }
            Map<String, Node> byId = new HashMap<>();
            for (Node node : script.nodes()) {
                if (byId.putIfAbsent(node.id(), node) != null) {
                    problems.add(
                            Problem.error(
                                    file,
                                    node.line(),
                                    "duplicate node id '"
                                            + node.id()
                                            + "' (first at line "
                                            + byId.get(node.id()).line()
                                            + ")"));
                }
            }
            if (script.node(script.resume()).isEmpty()) {
                problems.add(
                        Problem.error(
                                file, 1, "resume point '" + script.resume() + "' is not a node"));
            }
            NodeCheck check = new NodeCheck(file, ids, problems);
            for (Node node : script.nodes()) {
                for (String target : node.successors()) {
                    if (!byId.containsKey(target)) {
                        problems.add(
                                Problem.error(
                                        file,
                                        node.line(),
                                        "node '"
                                                + node.id()
                                                + "' goes to '"
                                                + target
                                                + "', which is not a node in "
                                                + script.id()));
                    }
                }
                node.check(check);
                for (Text text : node.texts()) {
                    Text earlier = keys.putIfAbsent(text.key(), text);
                    if (earlier != null) {
                        problems.add(
                                Problem.error(
                                        file,
                                        text.line(),
                                        "duplicate key '"
                                                + text.key()
                                                + "' (also at "
                                                + keyFiles.get(text.key())
                                                + ":"
                                                + earlier.line()
                                                + ")"));
                    } else {
                        keyFiles.put(text.key(), file);
                    }
                }
                problems.addAll(length(file, node));
            }
            problems.addAll(flow(script, byId));
        }
        return problems;
    }

    private static List<Problem> length(String file, Node node) {
        List<Problem> problems = new ArrayList<>();
        for (Text text : node.asSent()) {
            int segments = SmsSegments.of(text.source()).segments();
            if (segments > MAX_SEGMENTS) {
                problems.add(
                        Problem.warning(
                                file,
                                text.line(),
                                "'"
                                        + text.key()
                                        + "' takes "
                                        + segments
                                        + " SMS segments in English (aim for 1, at most 2)"));
            }
        }
        return problems;
    }

    /**
     * Unreachable nodes, nodes with no way out, and loops that ask nothing (they would run
     * forever).
     */
    private static List<Problem> flow(Script script, Map<String, Node> byId) {
        List<Problem> problems = new ArrayList<>();
        String file = script.file();
        Set<String> reachable = reach(script.start().id(), byId);
        for (Node node : script.nodes()) {
            if (!reachable.contains(node.id())) {
                problems.add(
                        Problem.error(
                                file,
                                node.line(),
                                "node '" + node.id() + "' cannot be reached from the start"));
            }
        }
        for (Node node : script.nodes()) {
            Set<String> ahead = reach(node.id(), byId);
            boolean dangling =
                    ahead.stream()
                            .map(byId::get)
                            .anyMatch(
                                    n ->
                                            n.successors().stream()
                                                    .anyMatch(t -> !byId.containsKey(t)));
            if (!dangling && ahead.stream().map(byId::get).noneMatch(Node::leavesScript)) {
                problems.add(
                        Problem.error(
                                file,
                                node.line(),
                                "node '"
                                        + node.id()
                                        + "' is in a loop with no way out (no end or goto-script after it)"));
            }
        }
        Map<String, Node> silent = new HashMap<>();
        byId.forEach(
                (id, node) -> {
                    if (!node.waitsForAnswer()) {
                        silent.put(id, node);
                    }
                });
        for (Node node : silent.values()) {
            if (reach(node.id(), silent, true).contains(node.id())) {
                problems.add(
                        Problem.error(
                                file,
                                node.line(),
                                "node '"
                                        + node.id()
                                        + "' is in a loop that asks nothing and would run forever"));
            }
        }
        return problems;
    }

    private static Set<String> reach(String from, Map<String, Node> byId) {
        return reach(from, byId, false);
    }

    /** Node ids reachable from {@code from} (itself included unless {@code strict}). */
    private static Set<String> reach(String from, Map<String, Node> byId, boolean strict) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        if (strict) {
            Node start = byId.get(from);
            if (start != null) {
                todo.addAll(start.successors());
            }
        } else {
            todo.add(from);
        }
        while (!todo.isEmpty()) {
            String id = todo.pop();
            Node node = byId.get(id);
            if (node != null && seen.add(id)) {
                todo.addAll(node.successors());
            }
        }
        return seen;
    }
}
