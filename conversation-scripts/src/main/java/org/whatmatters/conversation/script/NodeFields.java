package org.whatmatters.conversation.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The fields of one YAML mapping (a node, an option, a rule), read with the line each is on. Every
 * problem met while reading goes to the loader's list as {@code file:line: problem}; nothing
 * throws.
 */
public final class NodeFields {

    private final String file;
    private final List<Problem> problems;
    private final MappingNode mapping;
    private final Map<String, org.yaml.snakeyaml.nodes.Node> fields = new LinkedHashMap<>();

    NodeFields(
            String file,
            List<Problem> problems,
            MappingNode mapping,
            Set<String> allowed,
            String what) {
        this.file = file;
        this.problems = problems;
        this.mapping = mapping;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(tuple);
            if (fields.containsKey(key)) {
                error(line(tuple.getKeyNode()), "duplicate key '" + key + "'");
            } else if (!allowed.contains(key)) {
                error(
                        line(tuple.getKeyNode()),
                        "unknown field '"
                                + key
                                + "' ("
                                + what
                                + " fields: "
                                + String.join(", ", new TreeSet<>(allowed))
                                + ")");
            }
            fields.put(key, tuple.getValueNode());
        }
    }

    /** The fields of a mapping nested in this one (an option of a choice, a rule of a branch). */
    public NodeFields nested(MappingNode inner, Set<String> allowed, String what) {
        return new NodeFields(file, problems, inner, allowed, what);
    }

    /** Where the mapping starts. */
    public int line() {
        return line(mapping);
    }

    /** Where a field's value is (the mapping's start when it is missing). */
    public int line(String name) {
        org.yaml.snakeyaml.nodes.Node value = fields.get(name);
        return value == null ? line() : line(value);
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    public Set<String> names() {
        return fields.keySet();
    }

    /** The raw YAML value of a field (a list, a mapping), for kinds that read structure. */
    public org.yaml.snakeyaml.nodes.Node raw(String name) {
        return fields.get(name);
    }

    public void error(int line, String message) {
        problems.add(Problem.error(file, line, message));
    }

    /**
     * A single value, stripped; reports it missing when {@code required}, or not a single non-empty
     * value.
     */
    public String scalar(String name, boolean required) {
        org.yaml.snakeyaml.nodes.Node value = fields.get(name);
        if (value == null) {
            if (required) {
                error(line(), "missing '" + name + "'");
            }
            return null;
        }
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            error(line(value), "'" + name + "' must be a single non-empty value");
            return null;
        }
        return scalar.getValue().strip();
    }

    /**
     * An optional on/off field: {@code true} or {@code false}, false when left out; anything else
     * is reported.
     */
    public boolean bool(String name) {
        String value = scalar(name, false);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        error(line(name), "'" + name + "' must be true or false, was '" + value + "'");
        return false;
    }

    /** A required whole number. */
    public Integer integer(String name) {
        String value = scalar(name, true);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            error(line(name), "'" + name + "' must be a whole number, was '" + value + "'");
            return null;
        }
    }

    /**
     * A text a person may see: its English source in {@code textField}, its catalog key in {@code
     * keyField}.
     */
    public Text text(String textField, String keyField) {
        String source = scalar(textField, true);
        String key = scalar(keyField, true);
        if (source == null || key == null) {
            return null;
        }
        if (!key.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            error(
                    line(keyField),
                    "key '"
                            + key
                            + "' should be dotted lower-case words, e.g. what-matters.enjoy.ask");
        }
        return new Text(key, source, line(textField));
    }

    static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
    }

    public static int line(org.yaml.snakeyaml.nodes.Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
