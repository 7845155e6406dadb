package org.whatmatters.conversation.script;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one script file with SnakeYAML's node API, so every problem can say the line it is on.
 * Reports all it finds rather than stopping at the first. Each node is read by its own {@link
 * NodeKind}.
 */
public final class ScriptLoader {

    /** What loading gave: the script when it could be built, and every problem met. */
    public record Loaded(Optional<Script> script, List<Problem> problems) {}

    private static final Set<String> TOP =
            Set.of("script", "version", "title", "resume", "follow-up", "nodes");

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
            // where the broken construct began (an unterminated quote) says more than where parsing
            // gave up
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark != null ? mark.getLine() + 1 : 1;
            problems.add(
                    Problem.error(
                            file,
                            line,
                            "YAML: "
                                    + e.getProblem()
                                    + (e.getContext() != null ? " (" + e.getContext() + ")" : "")));
            return new Loaded(Optional.empty(), problems);
        } catch (YAMLException e) {
            problems.add(Problem.error(file, 1, "YAML: " + e.getMessage()));
            return new Loaded(Optional.empty(), problems);
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(
                    Problem.error(
                            file,
                            root == null ? 1 : NodeFields.line(root),
                            "a script is a mapping with script, version and nodes"));
            return new Loaded(Optional.empty(), problems);
        }
        NodeFields fields = new NodeFields(file, problems, top, TOP, "script");
        String id = fields.scalar("script", true);
        Integer version = fields.integer("version");
        String title = fields.scalar("title", false);
        String resume = fields.scalar("resume", false);
        boolean followUp = fields.bool("follow-up");
        List<Node> nodes = new ArrayList<>();
        if (!(fields.raw("nodes") instanceof SequenceNode sequence)
                || sequence.getValue().isEmpty()) {
            problems.add(
                    Problem.error(file, fields.line("nodes"), "'nodes' must be a non-empty list"));
        } else {
            for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
                node(item).ifPresent(nodes::add);
            }
        }
        if (id == null || version == null || nodes.isEmpty()) {
            return new Loaded(Optional.empty(), problems);
        }
        // built from the nodes that could be read, so the flow checks can still report what they
        // find
        return new Loaded(
                Optional.of(
                        new Script(
                                id,
                                version,
                                title == null ? id : title,
                                resume == null ? nodes.get(0).id() : resume,
                                followUp,
                                file,
                                List.copyOf(nodes))),
                problems);
    }

    private Optional<Node> node(org.yaml.snakeyaml.nodes.Node item) {
        if (!(item instanceof MappingNode mapping)) {
            problems.add(
                    Problem.error(
                            file,
                            NodeFields.line(item),
                            "a node is a mapping with an id and one of " + NodeKinds.names()));
            return Optional.empty();
        }
        List<String> keys = mapping.getValue().stream().map(NodeFields::keyOf).toList();
        List<NodeKind> kinds =
                keys.stream().distinct().flatMap(key -> NodeKinds.named(key).stream()).toList();
        if (kinds.size() != 1) {
            problems.add(
                    Problem.error(
                            file,
                            NodeFields.line(item),
                            kinds.isEmpty()
                                    ? "unknown node kind: none of "
                                            + keys.stream().filter(k -> !"id".equals(k)).toList()
                                            + " is one of "
                                            + NodeKinds.names()
                                    : "a node has exactly one kind, this one has "
                                            + kinds.stream().map(NodeKind::name).toList()));
            return Optional.empty();
        }
        NodeKind kind = kinds.get(0);
        NodeFields fields =
                new NodeFields(file, problems, mapping, kind.fields(), kind.name() + " node");
        String id = fields.scalar("id", true);
        if (id == null) {
            return Optional.empty();
        }
        return kind.read(id, fields.line(), fields);
    }
}
