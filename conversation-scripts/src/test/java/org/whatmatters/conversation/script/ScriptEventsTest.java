package org.whatmatters.conversation.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The declared events and node kinds: each used by the shipped scripts, each written up for script
 * authors.
 */
class ScriptEventsTest {

    private static final ScriptLibrary SHIPPED = ScriptLibrary.shipped();

    @Test
    void everyDeclaredEventIsRaisedBySomeShippedScript() {
        assertThat(
                        SHIPPED.all().stream()
                                .flatMap(script -> script.nodes().stream())
                                .filter(RaiseNode.class::isInstance)
                                .map(node -> ((RaiseNode) node).event())
                                .distinct())
                .containsExactlyInAnyOrder(ScriptEvent.values());
    }

    @Test
    void everyEventAndNodeKindIsInTheFormatForScriptAuthors() throws IOException {
        String format = Files.readString(Path.of("FORMAT.md"));

        for (ScriptEvent event : ScriptEvent.values()) {
            assertThat(format).as(event.written()).contains("| `" + event.written() + "` |");
            event.arguments()
                    .forEach(
                            argument ->
                                    assertThat(format)
                                            .as(event.written() + " " + argument.name())
                                            .contains("`" + argument.name() + "`"));
        }
        NodeKinds.names().forEach(kind -> assertThat(format).as(kind).contains("`" + kind + "`"));
    }

    @Test
    void aPlaceholderArgumentIsFilledFromTheFactsAndNotRaisedWhenUnknownOrNotAllowed() {
        RaiseNode tried =
                new RaiseNode(
                        "tried",
                        1,
                        ScriptEvent.SIGNPOST_TRIED,
                        Map.of("answer", "{signpost_used}"),
                        "next");

        assertThat(tried.argumentsIn(Map.of("signpost_used", "yes")))
                .contains(Map.of("answer", "yes"));
        assertThat(tried.argumentsIn(Map.of())).as("skipped").isEqualTo(Optional.empty());
        assertThat(tried.argumentsIn(Map.of("signpost_used", "maybe")))
                .as("not yes or no")
                .isEqualTo(Optional.empty());
    }

    @Test
    void everyNodeKindHasItsCaseFile() {
        NodeKinds.names()
                .forEach(
                        kind ->
                                assertThat(Path.of("src/test/resources/cases", kind + ".yaml"))
                                        .as(kind)
                                        .exists());
    }
}
