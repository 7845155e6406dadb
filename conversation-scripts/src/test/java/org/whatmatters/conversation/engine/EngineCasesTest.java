package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.whatmatters.conversation.crisis.CrisisDetector;
import org.whatmatters.conversation.script.ScriptLibrary;

/**
 * The engine's common cases as data, in {@code src/test/resources/cases/}: one parameterised test
 * per node kind and per word that works anywhere, each reading the file of its name. Adding a case
 * is adding a few lines of YAML; a new file needs its one-line method here (a test below makes sure
 * none is forgotten).
 */
class EngineCasesTest {

    private static final ScriptLibrary TEST_FLOWS =
            ScriptLibrary.fromFolder(Path.of("src/test/resources/flows/ok"));
    private static final CrisisCheck STAND_IN =
            text ->
                    text.toLowerCase().contains("end it")
                            ? Optional.of("en:end it")
                            : Optional.empty();
    private static ScriptLibrary shipped;
    private static CrisisCheck detector;

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void say(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void ask(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void branch(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void set(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void raise(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void gotoScript(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void end(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void skip(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void help(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void optOut(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void language(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void talk(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void later(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void noMore(EngineCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CaseFiles.class)
    void status(EngineCase c) {
        check(c);
    }

    @Test
    void everyCaseFileHasItsTest() throws IOException {
        List<String> methods =
                Arrays.stream(EngineCasesTest.class.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(ParameterizedTest.class))
                        .map(Method::getName)
                        .map(CaseFiles::kebab)
                        .map(name -> name + ".yaml")
                        .toList();
        try (Stream<Path> files = Files.list(CaseFiles.FOLDER)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(methods);
        }
    }

    private static void check(EngineCase c) {
        ScriptLibrary library = c.scripts().equals("shipped") ? shipped() : TEST_FLOWS;
        Chat chat = new Chat(library, c.scripts().equals("shipped") ? detector : STAND_IN);
        assertThat(c.run(library, chat)).as("%s in %s", c.name(), c.file()).isEmpty();
    }

    private static synchronized ScriptLibrary shipped() {
        if (shipped == null) {
            shipped = ScriptLibrary.shipped();
            detector = CrisisDetector.forServedLanguages()::match;
        }
        return shipped;
    }
}
