package org.whatmatters.conversation.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Every script, loaded and validated together (a {@code goto-script} may point at any of them). */
public final class ScriptLibrary {

    static final String CLASSPATH_FOLDER = "scripts/";

    private final Map<String, Script> scripts;
    private final List<Problem> warnings;

    private ScriptLibrary(Map<String, Script> scripts, List<Problem> warnings) {
        this.scripts = Map.copyOf(scripts);
        this.warnings = List.copyOf(warnings);
    }

    /** The scripts shipped in this jar ({@code scripts/*.yaml} on the classpath). */
    public static ScriptLibrary shipped() {
        ScriptLibrary library = shipped;
        if (library == null) {
            synchronized (ScriptLibrary.class) {
                library = shipped;
                if (library == null) {
                    library = check(readClasspath()); // a broken script throws here, every time it
                    // is asked for
                    shipped = library;
                }
            }
        }
        return library;
    }

    /**
     * Read and validated once (the jar's scripts cannot change while it runs, and a library is
     * immutable).
     */
    private static volatile ScriptLibrary shipped;

    /** The scripts in a folder, e.g. {@code conversation-scripts/scripts} when editing them. */
    public static ScriptLibrary fromFolder(Path folder) {
        return check(readFolder(folder));
    }

    /**
     * Loads and validates without throwing: every problem, errors and warnings, as {@code
     * file:line: problem}.
     */
    public static List<Problem> validate(Path folder) {
        List<Problem> problems = new ArrayList<>();
        List<Script> loaded = new ArrayList<>();
        for (Map.Entry<String, String> file : readFolder(folder).entrySet()) {
            ScriptLoader.Loaded result =
                    ScriptLoader.load(file.getKey(), new java.io.StringReader(file.getValue()));
            problems.addAll(result.problems());
            result.script().ifPresent(loaded::add);
        }
        problems.addAll(ScriptValidator.check(loaded));
        return problems;
    }

    public Optional<Script> script(String id) {
        return Optional.ofNullable(scripts.get(id));
    }

    public Script require(String id) {
        return script(id).orElseThrow(() -> new IllegalArgumentException("no script '" + id + "'"));
    }

    /**
     * Whether {@code scriptId} is marked {@code follow-up: true}: part of the follow-up after
     * delivery, which NO MORE ends.
     */
    public boolean isFollowUp(String scriptId) {
        return script(scriptId).map(Script::followUp).orElse(false);
    }

    public Collection<Script> all() {
        return scripts.values();
    }

    /** Warnings the scripts loaded with (such as long texts); errors stop loading. */
    public List<Problem> warnings() {
        return warnings;
    }

    private static ScriptLibrary check(Map<String, String> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Script> scripts = new TreeMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            ScriptLoader.Loaded result =
                    ScriptLoader.load(file.getKey(), new java.io.StringReader(file.getValue()));
            problems.addAll(result.problems());
            result.script().ifPresent(script -> scripts.put(script.id(), script));
        }
        problems.addAll(ScriptValidator.check(scripts.values()));
        List<Problem> errors =
                problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ScriptException(errors);
        }
        return new ScriptLibrary(scripts, problems);
    }

    private static Map<String, String> readFolder(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                files.put(
                        folder.getFileName() + "/" + path.getFileName(),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scripts in " + folder, e);
        }
        return files;
    }

    private static Map<String, String> readClasspath() {
        URL marker =
                ScriptLibrary.class.getClassLoader().getResource(CLASSPATH_FOLDER + "welcome.yaml");
        if (marker == null) {
            throw new IllegalStateException(
                    CLASSPATH_FOLDER + "welcome.yaml is not on the classpath");
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                Map<String, String> files = new TreeMap<>();
                JarFile jar = ((JarURLConnection) marker.openConnection()).getJarFile();
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(CLASSPATH_FOLDER)
                            && name.endsWith(".yaml")
                            && name.indexOf('/', CLASSPATH_FOLDER.length()) < 0) {
                        try (var in = jar.getInputStream(entry)) {
                            files.put(
                                    entry.getName(),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
                return files;
            }
            return readFolder(Path.of(marker.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
