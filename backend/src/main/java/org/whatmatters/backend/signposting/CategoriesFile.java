package org.whatmatters.backend.signposting;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code categories.yaml} as a SnakeYAML node tree, whose nodes know their lines, as the
 * conversation scripts are read. Reports all it finds in line order, each as {@code file:line:
 * problem}, then refuses the file.
 */
final class CategoriesFile {

    /** What the file holds. */
    record Parsed(List<Category> categories, List<String> ignoredWords) {}

    private record Problem(int line, String text) {}

    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

    private final List<Problem> problems = new ArrayList<>();

    /**
     * The file's categories and ignored words; a {@link CategoriesFileException} listing every
     * problem otherwise.
     */
    static Parsed parse(String file, Reader reader) {
        CategoriesFile reading = new CategoriesFile();
        Parsed parsed = null;
        try {
            parsed =
                    reading.file(
                            new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader));
        } catch (MarkedYAMLException e) {
            // the line reading stopped on, and the line the construct it was in began on (an
            // unclosed [ or quote)
            String context =
                    e.getContext() == null || e.getContextMark() == null
                            ? ""
                            : " ("
                                    + e.getContext()
                                    + " on line "
                                    + (e.getContextMark().getLine() + 1)
                                    + ")";
            reading.problem(
                    e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem() + context);
        } catch (YAMLException e) {
            reading.problem(
                    1,
                    e.getCause() instanceof IOException io
                            ? "cannot be read: " + io.getMessage()
                            : "not valid YAML: " + e.getMessage());
        }
        if (!reading.problems.isEmpty()) {
            throw new CategoriesFileException(
                    reading.problems.stream()
                            .sorted(Comparator.comparingInt(Problem::line))
                            .map(problem -> file + ":" + problem.line() + ": " + problem.text())
                            .toList());
        }
        return parsed;
    }

    private Parsed file(Node root) {
        if (!(root instanceof MappingNode mapping)) {
            problem(
                    root == null ? 1 : line(root),
                    "must be a mapping with 'categories:' and 'ignored-words:'");
            return null;
        }
        Map<String, Node> fields = fields(mapping, "", "categories", "ignored-words");
        List<String> ignored =
                fields.containsKey("ignored-words")
                        ? words(fields.get("ignored-words"), "ignored-words")
                        : List.of();
        if (!fields.containsKey("categories")) {
            problem(1, "has no 'categories:' list");
            return null;
        }
        return new Parsed(categories(fields.get("categories")), ignored);
    }

    private List<Category> categories(Node value) {
        if (!(value instanceof SequenceNode list)) {
            problem(
                    line(value),
                    "categories must be a list of mappings with code, label and keywords");
            return List.of();
        }
        List<Category> categories =
                new ArrayList<>(); // only used when there are no problems at all
        Map<String, Integer> codes = new HashMap<>(); // code to the line its category starts on
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problem(
                        line(item),
                        "each category must be a mapping with code, label and keywords");
                continue;
            }
            Category category = category(mapping);
            Integer first =
                    category.code() == null ? null : codes.putIfAbsent(category.code(), line(item));
            if (first != null) {
                problem(
                        line(item),
                        "category '"
                                + category.code()
                                + "' is defined twice (first on line "
                                + first
                                + ")");
            } else if (category.code() != null) {
                categories.add(category);
            }
        }
        if (categories.isEmpty()) {
            problem(line(value), "categories is empty");
        }
        return categories;
    }

    /** The category as far as it could be read, reporting its problems. */
    private Category category(MappingNode mapping) {
        int at = line(mapping);
        Map<String, Node> fields = fields(mapping, " in a category", "code", "label", "keywords");
        String code = text(fields.get("code"), "code");
        String label = text(fields.get("label"), "label");
        List<String> keywords =
                fields.containsKey("keywords") ? words(fields.get("keywords"), "keywords") : null;
        String which = code == null ? "a category" : "category '" + code + "'";
        if (code == null) {
            problem(at, "a category has no code");
        } else if (!CODE.matcher(code).matches()) {
            problem(
                    line(fields.get("code")),
                    "code '"
                            + code
                            + "' must be lower-case words joined by '-' (like energy-and-debt)");
        }
        if (label == null) {
            problem(at, which + " has no label");
        }
        if (!fields.containsKey("keywords")) {
            problem(at, which + " has no keywords");
        } else if (keywords != null && keywords.isEmpty()) {
            problem(line(fields.get("keywords")), which + " has an empty keywords list");
        }
        return new Category(code, label, keywords == null ? List.of() : keywords);
    }

    /**
     * The mapping's values by key, reporting unknown keys and keys given twice (the last one
     * counts).
     */
    private Map<String, Node> fields(MappingNode mapping, String where, String... allowed) {
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple field : mapping.getValue()) {
            String key = field.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!List.of(allowed).contains(key)) {
                problem(
                        line(field.getKeyNode()),
                        "unknown key '"
                                + key
                                + "'"
                                + where
                                + " (expected "
                                + String.join(", ", allowed)
                                + ")");
            } else if (fields.put(key, field.getValueNode()) != null) {
                problem(line(field.getKeyNode()), "'" + key + "' is given twice" + where);
            }
        }
        return fields;
    }

    /**
     * The value's text, trimmed; null when it is missing, blank, ~ or null, or not text (which is
     * reported).
     */
    private String text(Node value, String what) {
        if (value != null && !(value instanceof ScalarNode)) {
            problem(line(value), what + " must be text");
        }
        String text =
                value instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())
                        ? scalar.getValue().trim()
                        : "";
        return text.isEmpty() ? null : text;
    }

    /**
     * A list of words: lower case, none blank, none twice; null when it is not a list (which is
     * reported).
     */
    private List<String> words(Node value, String what) {
        if (!(value instanceof SequenceNode list)) {
            problem(line(value), what + " must be a list, like [walking, football]");
            return null;
        }
        Map<String, Integer> seen = new LinkedHashMap<>(); // word to the line it is first on
        for (Node item : list.getValue()) {
            String word = text(item, "each of " + what);
            Integer first =
                    word == null
                            ? null
                            : seen.putIfAbsent(word.toLowerCase(Locale.ROOT), line(item));
            if (word == null && item instanceof ScalarNode) {
                problem(line(item), what + " has an empty entry");
            } else if (first != null) {
                problem(
                        line(item),
                        "'"
                                + word.toLowerCase(Locale.ROOT)
                                + "' is listed twice in "
                                + what
                                + (first == line(item) ? "" : " (first on line " + first + ")"));
            }
        }
        return List.copyOf(seen.keySet());
    }

    private void problem(int line, String text) {
        problems.add(new Problem(line, text));
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
