package org.whatmatters.backend.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * README's variable tables, the settings records and application.yml say the same: every documented
 * variable is read by the application (it sets a property that a record, a placeholder in the code
 * or Micronaut's own configuration reads), its documented default is the one the application uses,
 * and every setting of the backend's own ({@code whatmatters.*}, {@code twilio.*}) is documented.
 */
class SettingsDocumentedTest {

    /** Read straight from the process environment, before there are properties. */
    private static final Set<String> READ_FROM_ENVIRONMENT = Set.of(LocalSecrets.DEV_MODE);

    private static final List<String> OWN_PREFIXES = List.of("whatmatters.", "twilio.");
    private static final List<String> FRAMEWORK_PREFIXES = List.of("micronaut.", "datasources.");

    private static final Path README = Path.of("..", "README.md");
    private static final Path YML = Path.of("src", "main", "resources", "application.yml");
    private static final Path SOURCES = Path.of("src", "main", "java");

    /**
     * A variable README documents, with the default it states ("" for unset, empty or required).
     */
    record Documented(String variable, String defaultValue) {}

    /**
     * Where the application reads one property and the default it gives there, if it gives one
     * (else null).
     */
    record Reading(String property, String defaultValue, String where) {}

    @Test
    void everyDocumentedVariableIsReadWithItsDocumentedDefault() {
        assertThat(problemsWithDocumented(documented(read(README)), readings(), yml()))
                .as(
                        "README's variable tables against the settings records, placeholders and application.yml")
                .isEmpty();
    }

    @Test
    void everySettingOfTheBackendIsDocumented() {
        List<Documented> documented = documented(read(README));
        Map<String, Object> yml = yml();
        Set<String> documentedProperties =
                documented.stream()
                        .flatMap(d -> properties(d.variable(), readings(), yml).stream())
                        .collect(Collectors.toSet());
        Set<String> undocumented =
                readings().stream()
                        .map(Reading::property)
                        .filter(p -> OWN_PREFIXES.stream().anyMatch(p::startsWith))
                        .filter(p -> !documentedProperties.contains(p))
                        .collect(Collectors.toCollection(TreeSet::new));
        assertThat(undocumented).as("settings no README table documents").isEmpty();
    }

    @Test
    void aWrongDefaultInTheReadmeIsFound() {
        String readme = read(README);
        String wrong =
                readme.replace("| `ALERT_LINK_EXPIRY` | `7d` |", "| `ALERT_LINK_EXPIRY` | `8d` |");
        assertThat(wrong).isNotEqualTo(readme);
        assertThat(problemsWithDocumented(documented(wrong), readings(), yml()))
                .containsExactly(
                        "ALERT_LINK_EXPIRY: README says '8d', whatmatters.alerts.link-expiry defaults to '7d' (AlertSettings)");
    }

    @Test
    void aVariableNothingReadsIsFound() {
        String readme =
                read(README)
                        .replace(
                                "| `ALERT_LINK_EXPIRY` | `7d` |",
                                "| `ALERT_LINKS_EXPIRY` | `7d` |");
        assertThat(problemsWithDocumented(documented(readme), readings(), yml()))
                .containsExactly("ALERT_LINKS_EXPIRY: nothing reads it");
    }

    @Test
    void theDocumentedShortNamesSetTheirProperties() {
        assertThat(DocumentedVariables.property("SMTP_HOST")).contains("whatmatters.email.host");
        assertThat(DocumentedVariables.property("OUTBOX_MAX_ATTEMPTS"))
                .contains("whatmatters.outbox.max-attempts");
        assertThat(DocumentedVariables.property("CRISIS_NHS111"))
                .contains("whatmatters.conversation.crisis-nhs111");
        assertThat(DocumentedVariables.property("PATH")).isEmpty();
        io.micronaut.context.env.PropertySource fromEnvironment =
                DocumentedVariables.fromEnvironment(Map.of("SMTP_PORT", "2525", "HOME", "/root"));
        assertThat(fromEnvironment).containsExactly("whatmatters.email.port");
        assertThat(fromEnvironment.get("whatmatters.email.port")).isEqualTo("2525");
        assertThat(DocumentedVariables.variable("whatmatters.email.port")).isEqualTo("SMTP_PORT");
        assertThat(DocumentedVariables.variable("whatmatters.alerts.link-expiry"))
                .isEqualTo("ALERT_LINK_EXPIRY");
        assertThat(DocumentedVariables.variable("micronaut.server.port"))
                .isEqualTo("MICRONAUT_SERVER_PORT");
    }

    private static List<String> problemsWithDocumented(
            List<Documented> documented, List<Reading> readings, Map<String, Object> yml) {
        assertThat(documented).as("README's variable tables").hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        for (Documented d : documented) {
            if (READ_FROM_ENVIRONMENT.contains(d.variable())) {
                continue;
            }
            List<String> properties = properties(d.variable(), readings, yml);
            if (properties.isEmpty()) {
                problems.add(d.variable() + ": nothing reads it");
                continue;
            }
            for (String property : properties) {
                Object inYml = yml.get(property);
                if (inYml != null) {
                    String ymlDefault = ymlDefault(String.valueOf(inYml));
                    if (!ymlDefault.equals(d.defaultValue())) {
                        problems.add(
                                d.variable()
                                        + ": README says '"
                                        + d.defaultValue()
                                        + "', application.yml gives "
                                        + property
                                        + " '"
                                        + ymlDefault
                                        + "'");
                    }
                }
                for (Reading reading : readings) {
                    if (reading.property().equals(property)
                            && reading.defaultValue() != null
                            && !reading.defaultValue().equals(d.defaultValue())) {
                        problems.add(
                                d.variable()
                                        + ": README says '"
                                        + d.defaultValue()
                                        + "', "
                                        + property
                                        + " defaults to '"
                                        + reading.defaultValue()
                                        + "' ("
                                        + reading.where()
                                        + ")");
                    }
                }
                if (inYml == null
                        && readings.stream()
                                .noneMatch(
                                        r ->
                                                r.property().equals(property)
                                                        && r.defaultValue() != null)
                        && !d.defaultValue().isEmpty()) {
                    problems.add(
                            d.variable()
                                    + ": README says '"
                                    + d.defaultValue()
                                    + "', "
                                    + property
                                    + " has no default");
                }
            }
        }
        return problems;
    }

    /**
     * The properties a variable sets that something reads: through application.yml, a short name,
     * or Micronaut's mapping.
     */
    private static List<String> properties(
            String variable, List<Reading> readings, Map<String, Object> yml) {
        Set<String> read = readings.stream().map(Reading::property).collect(Collectors.toSet());
        yml.keySet().stream()
                .filter(p -> FRAMEWORK_PREFIXES.stream().anyMatch(p::startsWith))
                .forEach(read::add);
        Set<String> candidates = new TreeSet<>();
        yml.forEach(
                (property, value) -> {
                    if (String.valueOf(value)
                            .matches("\\$\\{" + Pattern.quote(variable) + "(:.*)?}")) {
                        candidates.add(property);
                    }
                });
        DocumentedVariables.property(variable).ifPresent(candidates::add);
        // Micronaut's own mapping: FOO_BAR_BAZ sets foo.bar.baz, foo.bar-baz, foo-bar.baz, ...
        String dotted = variable.toLowerCase(Locale.ROOT).replace('_', '.');
        read.stream().filter(p -> p.replace('-', '.').equals(dotted)).forEach(candidates::add);
        return candidates.stream().filter(read::contains).toList();
    }

    /**
     * Every table whose heading is "variable | default | meaning", a row per variable ("`A` / `B`"
     * is two).
     */
    static List<Documented> documented(String readme) {
        List<Documented> documented = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.split("\n")) {
            if (line.replace(" ", "").equals("|variable|default|meaning|")) {
                inTable = true;
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1).split("\\|", 3);
            List<String> variables = backticked(cells[0]);
            List<String> variableNames = new ArrayList<>();
            for (String variable : variables) {
                // "`DATASOURCES_DEFAULT_USERNAME` / `_PASSWORD`": the first name with its last word
                // replaced
                variableNames.add(
                        variable.startsWith("_")
                                ? variableNames
                                                .get(0)
                                                .substring(0, variableNames.get(0).lastIndexOf('_'))
                                        + variable
                                : variable);
            }
            String[] defaults = cells[1].trim().split(" / ");
            if (defaults.length == 1 && variableNames.size() > 1) {
                // "`ADMIN_USERNAME` / `ADMIN_PASSWORD` | unset": one default for all
                defaults =
                        java.util.Collections.nCopies(variableNames.size(), defaults[0])
                                .toArray(String[]::new);
            }
            assertThat(defaults).as("defaults in README row " + line).hasSize(variableNames.size());
            for (int i = 0; i < variableNames.size(); i++) {
                documented.add(
                        new Documented(
                                variableNames.get(i), documentedDefault(defaults[i].trim())));
            }
        }
        return documented;
    }

    /**
     * "`5s`" is 5s; "unset", "empty", "required ..." and words without a value are no default ("").
     */
    private static String documentedDefault(String cell) {
        if (cell.startsWith("unset") || cell.startsWith("empty") || cell.startsWith("required")) {
            return "";
        }
        List<String> values = backticked(cell);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static List<String> backticked(String text) {
        Matcher matcher = Pattern.compile("`([^`]*)`").matcher(text);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    /**
     * Every property the backend reads: record components and the placeholders written in its code.
     */
    static List<Reading> readings() {
        List<Reading> readings = new ArrayList<>();
        Pattern placeholder = Pattern.compile("\"[^\"\n]*?\\$\\{([a-z0-9.-]+)(?::([^}]*))?}");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = read(file);
                String className =
                        SOURCES.relativize(file)
                                .toString()
                                .replace(".java", "")
                                .replace(file.getFileSystem().getSeparator(), ".");
                if (source.contains("@ConfigurationProperties(")) {
                    readings.addAll(recordReadings(Class.forName(className)));
                }
                Matcher found = placeholder.matcher(source);
                while (found.find()) {
                    readings.add(
                            new Reading(
                                    found.group(1), found.group(2), file.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        return readings;
    }

    private static List<Reading> recordReadings(Class<?> type) {
        ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
        assertThat(annotation).as(type + " is @ConfigurationProperties").isNotNull();
        assertThat(type.isRecord())
                .as(type + ": settings are records, their defaults on the components")
                .isTrue();
        RecordComponent[] components = type.getRecordComponents();
        Parameter[] parameters;
        try {
            parameters =
                    type.getDeclaredConstructor(
                                    Arrays.stream(components)
                                            .map(RecordComponent::getType)
                                            .toArray(Class[]::new))
                            .getParameters();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Bindable bindable = parameters[i].getAnnotation(Bindable.class);
            String property =
                    annotation.value()
                            + "."
                            + components[i]
                                    .getName()
                                    .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                                    .toLowerCase(Locale.ROOT);
            readings.add(
                    new Reading(
                            property,
                            bindable == null ? null : bindable.defaultValue(),
                            type.getSimpleName()));
        }
        return readings;
    }

    /** application.yml flattened: property name to its raw value. */
    static Map<String, Object> yml() {
        Map<String, Object> flat = new TreeMap<>();
        flatten("", new Yaml().load(read(YML)), flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map)
                    .forEach(
                            (key, inner) ->
                                    flatten(
                                            prefix.isEmpty() ? key : prefix + "." + key,
                                            inner,
                                            flat));
        } else {
            flat.put(prefix, value);
        }
    }

    /** "${X:5s}" gives 5s, "${X:`a:b`}" gives a:b, "${X:}" nothing, and a plain value itself. */
    private static String ymlDefault(String raw) {
        Matcher placeholder = Pattern.compile("\\$\\{[A-Za-z0-9_.-]+(?::(.*))?}").matcher(raw);
        if (!placeholder.matches()) {
            return raw;
        }
        String fallback = placeholder.group(1) == null ? "" : placeholder.group(1);
        return fallback.startsWith("`") && fallback.endsWith("`")
                ? fallback.substring(1, fallback.length() - 1)
                : fallback;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
