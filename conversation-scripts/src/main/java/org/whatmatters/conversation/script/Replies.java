package org.whatmatters.conversation.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The texts that belong to no script, as flat YAML mappings of key to English text in {@code
 * scripts/replies/}: replies to the words that work anywhere, crisis support and the lines that
 * keep a conversation kind ({@code global.yaml}); the words themselves ({@code words.yaml}); the
 * crisis phrases ({@code crisis.yaml}). All go into the translation catalogs with the script texts.
 */
public final class Replies {

    static final List<String> RESOURCES =
            List.of(
                    "scripts/replies/global.yaml",
                    "scripts/replies/words.yaml",
                    "scripts/replies/crisis.yaml");

    private final Map<String, Text> texts;

    private Replies(Map<String, Text> texts) {
        this.texts =
                java.util.Collections.unmodifiableMap(
                        new LinkedHashMap<>(texts)); // file order, for the catalogs
    }

    /** The replies in this jar, read once. */
    public static Replies shipped() {
        return Shipped.REPLIES;
    }

    private static final class Shipped {
        static final Replies REPLIES = load();
    }

    private static Replies load() {
        Map<String, Text> texts = new LinkedHashMap<>();
        for (String resource : RESOURCES) {
            try (InputStream in = Replies.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Replies(texts);
    }

    static Replies of(Map<String, Text> texts) {
        return new Replies(texts);
    }

    static Replies parse(String file, String yaml) {
        Map<String, Text> texts = new LinkedHashMap<>();
        parse(file, yaml, texts);
        return new Replies(texts);
    }

    private static void parse(String file, String yaml, Map<String, Text> texts) {
        List<Problem> problems = new ArrayList<>();
        try {
            org.yaml.snakeyaml.nodes.Node root =
                    new Yaml(new SafeConstructor(new LoaderOptions()))
                            .compose(new java.io.StringReader(yaml));
            if (!(root instanceof MappingNode mapping)) {
                throw new ScriptException(
                        List.of(Problem.error(file, 1, "replies are a mapping of key: text")));
            }
            for (NodeTuple tuple : mapping.getValue()) {
                int line = tuple.getKeyNode().getStartMark().getLine() + 1;
                if (!(tuple.getKeyNode() instanceof ScalarNode key)
                        || !(tuple.getValueNode() instanceof ScalarNode value)) {
                    problems.add(Problem.error(file, line, "each reply is key: text"));
                    continue;
                }
                if (texts.containsKey(key.getValue())) {
                    problems.add(
                            Problem.error(file, line, "duplicate key '" + key.getValue() + "'"));
                }
                // a block scalar (|) starts on the line after its key
                int valueLine =
                        value.getStartMark().getLine()
                                + 1
                                + (value.getScalarStyle()
                                                == org.yaml.snakeyaml.DumperOptions.ScalarStyle
                                                        .LITERAL
                                        ? 1
                                        : 0);
                texts.put(
                        key.getValue(),
                        new Text(key.getValue(), value.getValue().strip(), valueLine));
            }
        } catch (MarkedYAMLException e) {
            problems.add(
                    Problem.error(
                            file, e.getProblemMark().getLine() + 1, "YAML: " + e.getProblem()));
        }
        if (!problems.isEmpty()) {
            throw new ScriptException(problems);
        }
    }

    public Text get(String key) {
        Text text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("scripts/replies has no text '" + key + "'");
        }
        return text;
    }

    public Map<String, Text> all() {
        return texts;
    }
}
