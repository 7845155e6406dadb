package org.whatmatters.conversation.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the cases for one test method from {@code src/test/resources/cases/<method name in
 * kebab-case>.yaml} (the method {@code gotoScript} reads {@code goto-script.yaml}).
 */
final class CaseFiles implements ArgumentsProvider {

    static final Path FOLDER = Path.of("src/test/resources/cases");

    @Override
    public Stream<? extends Arguments> provideArguments(
            ParameterDeclarations parameters, ExtensionContext context) {
        String file = kebab(context.getRequiredTestMethod().getName()) + ".yaml";
        return read(FOLDER.resolve(file)).stream().map(Arguments::of);
    }

    static String kebab(String method) {
        return method.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    /**
     * The cases of one file. Only {@code true}/{@code false} and whole numbers are read as such:
     * YES and NO stay words.
     */
    @SuppressWarnings("unchecked")
    static List<EngineCase> read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no case file " + path, e);
        }
        Map<String, Object> top =
                new Yaml(
                                new SafeConstructor(new LoaderOptions()),
                                new Representer(new DumperOptions()),
                                new DumperOptions(),
                                new LoaderOptions(),
                                new WordsStayWords())
                        .load(text);
        String file = path.getFileName().toString();
        if (!(top.get("cases") instanceof List<?> cases) || cases.isEmpty()) {
            throw new IllegalArgumentException(file + ": 'cases' must be a non-empty list");
        }
        // the scripts the cases run on: the small test flows (src/test/resources/flows/ok) or the
        // shipped ones
        String scripts = String.valueOf(top.getOrDefault("scripts", "test"));
        if (!scripts.equals("test") && !scripts.equals("shipped")) {
            throw new IllegalArgumentException(
                    file + ": 'scripts' is test or shipped, was '" + scripts + "'");
        }
        List<EngineCase> read = new ArrayList<>();
        for (Object item : cases) {
            Map<String, Object> fields = (Map<String, Object>) item;
            for (String field : fields.keySet()) {
                if (!EngineCase.FIELDS.contains(field)) {
                    throw new IllegalArgumentException(
                            file
                                    + ": unknown field '"
                                    + field
                                    + "' in case '"
                                    + fields.get("case")
                                    + "' (fields: "
                                    + EngineCase.FIELDS
                                    + ")");
                }
            }
            if (!(fields.get("case") instanceof String name)) {
                throw new IllegalArgumentException(
                        file + ": every case starts with 'case:' saying what it shows");
            }
            read.add(
                    new EngineCase(file, file.replace(".yaml", "") + ": " + name, scripts, fields));
        }
        return read;
    }

    private static final class WordsStayWords extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|false)$"), "tf");
            addImplicitResolver(Tag.INT, Pattern.compile("^-?[0-9]+$"), "-0123456789");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|)$"), "~n\0");
        }
    }
}
