package org.whatmatters.backend.signposting;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code categories.yaml} with Jackson's YAML parser, token by token so that every problem names the
 * line it is on. Reports all it finds, each as {@code file:line: problem}, then refuses the file.
 */
final class CategoriesFile {

    /** What the file holds. */
    record Parsed(List<Category> categories, List<String> ignoredWords) {
    }

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private CategoriesFile(String file) {
        this.file = file;
    }

    /** The file's categories and ignored words; a {@link CategoriesFileException} listing every problem otherwise. */
    static Parsed parse(String file, Reader reader) {
        CategoriesFile reading = new CategoriesFile(file);
        Parsed parsed = null;
        try (JsonParser parser = YAML.createParser(reader)) {
            parsed = reading.file(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            reading.problem(line, "not valid YAML: " + e.getOriginalMessage().replace('\n', ' '));
        } catch (IOException e) {
            reading.problem(1, "cannot be read: " + e.getMessage());
        }
        if (!reading.problems.isEmpty()) {
            throw new CategoriesFileException(reading.problems);
        }
        return parsed;
    }

    private Parsed file(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            problem(line(parser), "must be a mapping with 'categories:' and 'ignored-words:'");
            return null;
        }
        List<Category> categories = null;
        List<String> ignored = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            switch (key) {
                case "categories" -> categories = categories(parser, line);
                case "ignored-words" -> ignored = java.util.Objects.requireNonNullElse(words(parser, line, "ignored-words"), List.of());
                default -> {
                    problem(line, "unknown key '" + key + "' (expected categories, ignored-words)");
                    parser.skipChildren();
                }
            }
        }
        if (categories == null) {
            problem(1, "has no 'categories:' list");
            return null;
        }
        return new Parsed(categories, ignored);
    }

    private List<Category> categories(JsonParser parser, int line) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problem(line, "categories must be a list of mappings with code, label and keywords");
            parser.skipChildren();
            return List.of();
        }
        List<Category> categories = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int at = line(parser);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                problem(at, "each category must be a mapping with code, label and keywords");
                parser.skipChildren();
                continue;
            }
            int before = problems.size();
            Category category = category(parser, at);
            boolean clean = problems.size() == before;
            if (category.code() == null) {
                continue;
            }
            Integer first = codes.putIfAbsent(category.code(), at);
            if (first != null) {
                problem(at, "category '" + category.code() + "' is defined twice (first on line " + first + ")");
            } else if (clean) {
                categories.add(category);
            }
        }
        if (categories.isEmpty() && codes.isEmpty()) {
            problem(line, "categories is empty");
        }
        return categories;
    }

    /** The category as far as it could be read; its problems are reported as they are found. */
    private Category category(JsonParser parser, int at) throws IOException {
        String code = null;
        String label = null;
        List<String> keywords = null;
        int codeLine = at;
        int keywordsLine = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            switch (key) {
                case "code" -> {
                    code = text(parser, line, "code");
                    codeLine = line;
                }
                case "label" -> label = text(parser, line, "label");
                case "keywords" -> {
                    keywords = words(parser, line, "keywords");
                    keywordsLine = line;
                }
                default -> {
                    problem(line, "unknown key '" + key + "' in a category (expected code, label, keywords)");
                    parser.skipChildren();
                }
            }
        }
        String which = code == null || code.isBlank() ? "a category" : "category '" + code + "'";
        if (code == null || code.isBlank()) {
            problem(at, "a category has no code");
        } else if (!CODE.matcher(code).matches()) {
            problem(codeLine, "code '" + code + "' must be lower-case words joined by '-' (like energy-and-debt)");
        }
        if (label == null || label.isBlank()) {
            problem(at, which + " has no label");
        }
        if (keywordsLine == 0) {
            problem(at, which + " has no keywords");
        } else if (keywords != null && keywords.isEmpty()) {
            problem(keywordsLine, which + " has an empty keywords list");
        }
        return new Category(code == null || code.isBlank() ? null : code, label, keywords == null ? List.of() : keywords);
    }

    private String text(JsonParser parser, int line, String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            problem(line, key + " must be text");
            parser.skipChildren();
            return null;
        }
        return parser.getText().trim();
    }

    /** A list of words: lower case, none blank, none twice. */
    private List<String> words(JsonParser parser, int line, String what) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problem(line, what + " must be a list, like [walking, football]");
            parser.skipChildren();
            return null;
        }
        List<String> words = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int at = line(parser);
            String word = text(parser, at, "each of " + what);
            if (word == null || word.isBlank()) {
                if (word != null || parser.currentToken() == JsonToken.VALUE_NULL) {
                    problem(at, what + " has an empty entry");
                }
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(lower, at);
            if (first != null) {
                problem(at, "'" + lower + "' is listed twice in " + what + (first == at ? "" : " (first on line " + first + ")"));
            } else {
                words.add(lower);
            }
        }
        return words;
    }

    private void problem(int line, String problem) {
        problems.add(file + ":" + line + ": " + problem);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
