package org.whatmatters.conversation.script;

import org.whatmatters.conversation.answer.Answer;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.answer.DateAnswer;
import org.whatmatters.conversation.answer.NumberAnswer;
import org.whatmatters.conversation.answer.TextAnswer;
import org.whatmatters.conversation.answer.YesNoAnswer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one script file with SnakeYAML's node API, so every problem can say the line it is on. Reports
 * all it finds rather than stopping at the first.
 */
public final class ScriptLoader {

    /** What loading gave: the script when it could be built, and every problem met. */
    public record Loaded(Optional<Script> script, List<Problem> problems) {
    }

    static final List<String> KINDS = List.of("say", "ask", "branch", "set", "goto-script", "end");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "say", Set.of("id", "say", "key", "next"),
            "ask", Set.of("id", "ask", "key", "hint", "hint-key", "answer", "options", "min", "max", "save", "unless-known", "next"),
            "branch", Set.of("id", "branch", "otherwise"),
            "set", Set.of("id", "set", "value", "from", "next"),
            "goto-script", Set.of("id", "goto-script"),
            "end", Set.of("id", "end", "key"));
    private static final Set<String> TOP = Set.of("script", "version", "title", "resume", "follow-up", "nodes");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private ScriptLoader(String file) {
        this.file = file;
    }

    public static Loaded load(String file, Reader reader) {
        return new ScriptLoader(file).read(reader);
    }

    private Loaded read(Reader reader) {
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            // where the broken construct began (an unterminated quote) says more than where parsing gave up
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark != null ? mark.getLine() + 1 : 1;
            problems.add(Problem.error(file, line, "YAML: " + e.getProblem()
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : "")));
            return new Loaded(Optional.empty(), problems);
        } catch (YAMLException e) {
            problems.add(Problem.error(file, 1, "YAML: " + e.getMessage()));
            return new Loaded(Optional.empty(), problems);
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(Problem.error(file, root == null ? 1 : line(root), "a script is a mapping with script, version and nodes"));
            return new Loaded(Optional.empty(), problems);
        }
        Map<String, org.yaml.snakeyaml.nodes.Node> fields = fields(top, TOP, "script");
        String id = scalar(fields, "script", top, true);
        Integer version = integer(fields, "version", top);
        String title = scalar(fields, "title", top, false);
        String resume = scalar(fields, "resume", top, false);
        boolean followUp = bool(fields, "follow-up", top);
        List<Node> nodes = new ArrayList<>();
        org.yaml.snakeyaml.nodes.Node nodeList = fields.get("nodes");
        if (!(nodeList instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(Problem.error(file, nodeList == null ? line(top) : line(nodeList), "'nodes' must be a non-empty list"));
        } else {
            for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
                node(item).ifPresent(nodes::add);
            }
        }
        if (id == null || version == null || nodes.isEmpty()) {
            return new Loaded(Optional.empty(), problems);
        }
        // built from the nodes that could be read, so the flow checks can still report what they find
        return new Loaded(Optional.of(new Script(id, version, title == null ? id : title,
                resume == null ? nodes.get(0).id() : resume, followUp, file, List.copyOf(nodes))), problems);
    }

    private Optional<Node> node(org.yaml.snakeyaml.nodes.Node item) {
        if (!(item instanceof MappingNode mapping)) {
            problems.add(Problem.error(file, line(item), "a node is a mapping with an id and one of " + KINDS));
            return Optional.empty();
        }
        List<String> kinds = mapping.getValue().stream().map(t -> keyOf(t)).filter(KINDS::contains).distinct().toList();
        if (kinds.size() != 1) {
            String keys = mapping.getValue().stream().map(t -> keyOf(t)).filter(k -> !"id".equals(k)).toList().toString();
            problems.add(Problem.error(file, line(item), kinds.isEmpty()
                    ? "unknown node kind: none of " + keys + " is one of " + KINDS
                    : "a node has exactly one kind, this one has " + kinds));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        Map<String, org.yaml.snakeyaml.nodes.Node> fields = fields(mapping, FIELDS.get(kind), kind + " node");
        String id = scalar(fields, "id", mapping, true);
        if (id == null) {
            return Optional.empty();
        }
        int line = line(item);
        switch (kind) {
            case "say":
                return Optional.of(new SayNode(id, line, text(fields, "say", "key", mapping), scalar(fields, "next", mapping, true)));
            case "ask":
                return ask(id, line, fields, mapping);
            case "branch":
                return branch(id, line, fields, mapping);
            case "set":
                return set(id, line, fields, mapping);
            case "goto-script":
                return Optional.of(new GotoScriptNode(id, line, scalar(fields, "goto-script", mapping, true)));
            default:
                return Optional.of(new EndNode(id, line, text(fields, "end", "key", mapping)));
        }
    }

    private Optional<Node> ask(String id, int line, Map<String, org.yaml.snakeyaml.nodes.Node> fields, MappingNode at) {
        Text prompt = text(fields, "ask", "key", at);
        Text hint = fields.containsKey("hint") ? text(fields, "hint", "hint-key", at) : null;
        String type = scalar(fields, "answer", at, true);
        Answer answer = null;
        if (type != null) {
            switch (type) {
                case "text" -> answer = new TextAnswer();
                case "yes-no" -> answer = new YesNoAnswer();
                case "date" -> answer = new DateAnswer();
                case "number" -> {
                    Integer min = integer(fields, "min", at);
                    Integer max = integer(fields, "max", at);
                    if (min != null && max != null) {
                        if (min > max) {
                            problems.add(Problem.error(file, line(fields.get("min")), "min " + min + " is above max " + max));
                        }
                        answer = new NumberAnswer(min, max);
                    }
                }
                case "choice" -> answer = choice(fields.get("options"), at);
                default -> problems.add(Problem.error(file, line(fields.get("answer")),
                        "unknown answer type '" + type + "' (text, choice, yes-no, number, date)"));
            }
        }
        if (!"choice".equals(type) && fields.containsKey("options")) {
            problems.add(Problem.error(file, line(fields.get("options")), "options belong to answer: choice"));
        }
        String save = scalar(fields, "save", at, true);
        String next = scalar(fields, "next", at, true);
        boolean unlessKnown = bool(fields, "unless-known", at);
        if (prompt == null || answer == null || save == null || next == null) {
            return Optional.empty();
        }
        return Optional.of(new AskNode(id, line, prompt, hint, answer, save, unlessKnown, next));
    }

    private Optional<Node> set(String id, int line, Map<String, org.yaml.snakeyaml.nodes.Node> fields, MappingNode at) {
        String fact = scalar(fields, "set", at, true);
        String value = scalar(fields, "value", at, false);
        String from = scalar(fields, "from", at, false);
        String next = scalar(fields, "next", at, true);
        if (fields.containsKey("value") == fields.containsKey("from")) {
            problems.add(Problem.error(file, line, "a set node needs exactly one of 'value' and 'from'"));
            return Optional.empty();
        }
        return fact == null || next == null || (value == null && from == null) ? Optional.empty() : Optional.of(new SetNode(id, line, fact, value, from, next));
    }

    private Answer choice(org.yaml.snakeyaml.nodes.Node list, MappingNode at) {
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().size() < 2) {
            problems.add(Problem.error(file, list == null ? line(at) : line(list), "a choice needs 'options': a list of at least two"));
            return null;
        }
        List<ChoiceAnswer.Option> options = new ArrayList<>();
        for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode option)) {
                problems.add(Problem.error(file, line(item), "an option is a mapping with value, text and key"));
                continue;
            }
            Map<String, org.yaml.snakeyaml.nodes.Node> fields = fields(option, Set.of("value", "text", "key", "also"), "option");
            String value = scalar(fields, "value", option, true);
            Text text = text(fields, "text", "key", option);
            List<String> also = new ArrayList<>();
            if (fields.get("also") instanceof SequenceNode words) {
                words.getValue().forEach(word -> also.add(word instanceof ScalarNode s ? s.getValue() : ""));
            } else if (fields.containsKey("also")) {
                problems.add(Problem.error(file, line(fields.get("also")), "'also' is a list of words"));
            }
            if (value != null && text != null) {
                options.add(new ChoiceAnswer.Option(value, text, List.copyOf(also)));
            }
        }
        return new ChoiceAnswer(List.copyOf(options));
    }

    private Optional<Node> branch(String id, int line, Map<String, org.yaml.snakeyaml.nodes.Node> fields, MappingNode at) {
        List<BranchNode.Rule> rules = new ArrayList<>();
        if (!(fields.get("branch") instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problems.add(Problem.error(file, line(at), "'branch' is a list of rules (when, is or known, goto)"));
            return Optional.empty();
        }
        for (org.yaml.snakeyaml.nodes.Node item : list.getValue()) {
            if (!(item instanceof MappingNode rule)) {
                problems.add(Problem.error(file, line(item), "a rule is a mapping: when, is (or known), goto"));
                continue;
            }
            Map<String, org.yaml.snakeyaml.nodes.Node> ruleFields = fields(rule, Set.of("when", "is", "known", "goto"), "rule");
            String fact = scalar(ruleFields, "when", rule, true);
            String value = scalar(ruleFields, "is", rule, false);
            String known = scalar(ruleFields, "known", rule, false);
            String target = scalar(ruleFields, "goto", rule, true);
            if ((value == null) == (known == null)) {
                problems.add(Problem.error(file, line(rule), "a rule needs exactly one of 'is' and 'known'"));
                continue;
            }
            if (fact != null && target != null) {
                rules.add(new BranchNode.Rule(fact, value, known == null ? null : Boolean.valueOf(known), target, line(rule)));
            }
        }
        String otherwise = scalar(fields, "otherwise", at, true);
        return otherwise == null ? Optional.empty() : Optional.of(new BranchNode(id, line, List.copyOf(rules), otherwise));
    }

    private Text text(Map<String, org.yaml.snakeyaml.nodes.Node> fields, String textField, String keyField, MappingNode at) {
        String source = scalar(fields, textField, at, true);
        String key = scalar(fields, keyField, at, true);
        if (source == null || key == null) {
            return null;
        }
        if (!key.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            problems.add(Problem.error(file, line(fields.get(keyField)), "key '" + key + "' should be dotted lower-case words, e.g. what-matters.enjoy.ask"));
        }
        return new Text(key, source, line(fields.get(textField)));
    }

    /** The mapping's fields by name, reporting duplicate and unknown ones. */
    private Map<String, org.yaml.snakeyaml.nodes.Node> fields(MappingNode mapping, Set<String> allowed, String what) {
        Map<String, org.yaml.snakeyaml.nodes.Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(tuple);
            if (fields.containsKey(key)) {
                problems.add(Problem.error(file, line(tuple.getKeyNode()), "duplicate key '" + key + "'"));
            } else if (!allowed.contains(key)) {
                problems.add(Problem.error(file, line(tuple.getKeyNode()), "unknown field '" + key + "' (" + what + " fields: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")"));
            }
            fields.put(key, tuple.getValueNode());
        }
        return fields;
    }

    private String scalar(Map<String, org.yaml.snakeyaml.nodes.Node> fields, String name, org.yaml.snakeyaml.nodes.Node at, boolean required) {
        org.yaml.snakeyaml.nodes.Node value = fields.get(name);
        if (value == null) {
            if (required) {
                problems.add(Problem.error(file, line(at), "missing '" + name + "'"));
            }
            return null;
        }
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(Problem.error(file, line(value), "'" + name + "' must be a single non-empty value"));
            return null;
        }
        return scalar.getValue().strip();
    }

    /** An optional on/off field: {@code true} or {@code false}, false when left out; anything else is reported. */
    private boolean bool(Map<String, org.yaml.snakeyaml.nodes.Node> fields, String name, org.yaml.snakeyaml.nodes.Node at) {
        String value = scalar(fields, name, at, false);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        problems.add(Problem.error(file, line(fields.get(name)), "'" + name + "' must be true or false, was '" + value + "'"));
        return false;
    }

    private Integer integer(Map<String, org.yaml.snakeyaml.nodes.Node> fields, String name, org.yaml.snakeyaml.nodes.Node at) {
        String value = scalar(fields, name, at, true);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.error(file, line(fields.get(name)), "'" + name + "' must be a whole number, was '" + value + "'"));
            return null;
        }
    }

    private static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
    }

    private static int line(org.yaml.snakeyaml.nodes.Node node) {
        return node.getStartMark().getLine() + 1;
    }

}
