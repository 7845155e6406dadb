package org.whatmatters.conversation.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken scripts in test resources, and the exact {@code file:line: problem} each must produce. */
class ValidatorTest {

    private static final Path BROKEN = Path.of("src/test/resources/flows/broken");

    private final List<String> problems =
            ScriptLibrary.validate(BROKEN).stream().map(Problem::toString).toList();

    @Test
    void yamlErrorsPointAtWhereTheBrokenPartBegins() {
        assertThat(problems)
                .contains(
                        "broken/yaml-error.yaml:5: YAML: found unexpected end of stream (while scanning a quoted scalar)");
    }

    @Test
    void unknownKindsFieldsAndDuplicateKeys() {
        assertThat(problems)
                .contains(
                        "broken/broken.yaml:9: unknown node kind: none of [whisper] is one of [say, ask, branch, set, raise, goto-script, end]",
                        "broken/duplicate-field.yaml:2: 'version' must be a whole number, was 'one'",
                        "broken/duplicate-field.yaml:6: duplicate key 'say'",
                        "broken/duplicate-field.yaml:12: unknown field 'colour' (end node fields: end, id, key)");
    }

    @Test
    void danglingGotosAndMissingScripts() {
        assertThat(problems)
                .contains(
                        "broken/broken.yaml:1: resume point 'nowhere' is not a node",
                        "broken/broken.yaml:5: node 'start' goes to 'missing', which is not a node in broken",
                        "broken/broken.yaml:30: node 'off' goes to script 'nonexistent', which does not exist");
    }

    @Test
    void unreachableNodesAndLoopsWithNoWayOut() {
        assertThat(problems)
                .contains(
                        "broken/broken.yaml:11: node 'pick' cannot be reached from the start",
                        "broken/broken.yaml:11: node 'pick' is in a loop with no way out (no end or goto-script after it)",
                        "broken/broken.yaml:20: node 'spin' is in a loop with no way out (no end or goto-script after it)",
                        "broken/broken.yaml:20: node 'spin' is in a loop that asks nothing and would run forever")
                .doesNotContain(
                        "broken/broken.yaml:5: node 'start' is in a loop with no way out (no end or goto-script after it)");
    }

    @Test
    void aDuplicateNodeIdIsReportedWhereTheSecondOneIs() {
        assertThat(problems)
                .filteredOn(problem -> problem.startsWith("broken/duplicate-node.yaml"))
                .containsExactly(
                        "broken/duplicate-node.yaml:13: duplicate node id 'name' (first at line 4)");
    }

    @Test
    void aSetNodeNeedsExactlyOneOfValueAndFrom() {
        ScriptLoader.Loaded loaded =
                ScriptLoader.load(
                        "x.yaml",
                        new StringReader(
                                """
                script: x
                version: 1
                nodes:
                  - id: both
                    set: call_language
                    value: en
                    from: language
                    next: done
                  - id: neither
                    set: call_language
                    next: done
                  - id: done
                    end: Bye.
                    key: x.done.end
                """));

        assertThat(loaded.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "x.yaml:4: a set node needs exactly one of 'value' and 'from'",
                        "x.yaml:9: a set node needs exactly one of 'value' and 'from'");
    }

    @Test
    void duplicateTextKeysAndCollidingOptions() {
        assertThat(problems)
                .contains(
                        "broken/broken.yaml:12: duplicate key 'broken.start' (also at broken/broken.yaml:6)",
                        "broken/broken.yaml:17: options 'a' and 'b' in 'pick' both answer to 'fruit'",
                        "broken/broken.yaml:17: option 'b' answers to '2', which is also an option number");
    }

    @Test
    void aLongTextIsAWarningNotAnError() {
        assertThat(problems)
                .contains(
                        "broken/broken.yaml:27: warning: 'broken.long' takes 4 SMS segments in English (aim for 1, at most 2)");
    }

    @Test
    void loadingTheBrokenFolderFailsWithEveryErrorAndNoWarnings() {
        assertThatThrownBy(() -> ScriptLibrary.fromFolder(BROKEN))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("broken/broken.yaml:5: node 'start' goes to 'missing'")
                .hasMessageContaining("broken/yaml-error.yaml:5: YAML:")
                .hasMessageNotContaining("warning");
    }

    @Test
    void aMissingFieldNamesIt() {
        ScriptLoader.Loaded loaded =
                ScriptLoader.load(
                        "x.yaml",
                        new StringReader(
                                """
                script: x
                version: 1
                nodes:
                  - id: a
                    ask: What?
                    key: x.a.ask
                    save: a
                    next: b
                """));

        assertThat(loaded.problems())
                .extracting(Problem::toString)
                .containsExactly("x.yaml:4: missing 'answer'");
    }

    @Test
    void followUpIsTrueOrFalseAndAMisspeltTopLevelKeyIsReported() {
        String nodes =
                """
                nodes:
                  - id: a
                    ask: What?
                    key: x.a.ask
                    answer: text
                    save: a
                    unless-known: yes
                    next: b
                  - id: b
                    end: Bye.
                    key: x.b.end
                """;

        ScriptLoader.Loaded maybe =
                ScriptLoader.load(
                        "x.yaml",
                        new StringReader("script: x\nversion: 1\nfollow-up: maybe\n" + nodes));
        ScriptLoader.Loaded misspelt =
                ScriptLoader.load(
                        "y.yaml",
                        new StringReader("script: y\nversion: 1\nfollow_up: true\n" + nodes));

        assertThat(maybe.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "x.yaml:3: 'follow-up' must be true or false, was 'maybe'",
                        "x.yaml:10: 'unless-known' must be true or false, was 'yes'");
        assertThat(misspelt.problems())
                .extracting(Problem::toString)
                .contains(
                        "y.yaml:3: unknown field 'follow_up' (script fields: follow-up, nodes, resume, script, title, version)");
        assertThat(misspelt.script()).get().extracting(Script::followUp).isEqualTo(false);
    }

    @Test
    void followUpIsReadAndDefaultsToFalse() {
        String nodes =
                """
                nodes:
                  - id: b
                    end: Bye.
                    key: x.b.end
                """;

        ScriptLoader.Loaded marked =
                ScriptLoader.load(
                        "x.yaml",
                        new StringReader("script: x\nversion: 1\nfollow-up: true\n" + nodes));
        ScriptLoader.Loaded unmarked =
                ScriptLoader.load("x.yaml", new StringReader("script: x\nversion: 1\n" + nodes));

        assertThat(marked.problems()).isEmpty();
        assertThat(marked.script()).get().extracting(Script::followUp).isEqualTo(true);
        assertThat(unmarked.script()).get().extracting(Script::followUp).isEqualTo(false);
    }

    @Test
    void aRaiseNodeNamesADeclaredEventWithTheArgumentsItTakes() {
        ScriptLoader.Loaded loaded =
                ScriptLoader.load(
                        "x.yaml",
                        new StringReader(
                                """
                script: x
                version: 1
                nodes:
                  - id: misspelt
                    raise: signposting-offerred
                    next: missing-argument
                  - id: missing-argument
                    raise: referral-stage-reached
                    next: wrong-value
                  - id: wrong-value
                    raise: delivery-problem
                    problem: lost
                    next: stray-argument
                  - id: stray-argument
                    raise: signposting-offered
                    stage: self-referred
                    next: fine
                  - id: fine
                    raise: signpost-tried
                    answer: "{signpost_used}"
                    next: done
                  - id: done
                    end: Bye.
                    key: x.done.end
                """));

        assertThat(loaded.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "x.yaml:5: unknown event 'signposting-offerred' (events: signposting-offered, signposting-help-wanted, "
                                + "signpost-asked-about, signpost-tried, referral-stage-reached, delivery-problem)",
                        "x.yaml:7: event 'referral-stage-reached' needs 'stage' (self-referred, what-matters-done)",
                        "x.yaml:12: 'problem' of event 'delivery-problem' is one of not-arrived, faulty, was 'lost'",
                        "x.yaml:16: event 'signposting-offered' takes no 'stage'");
        assertThat(loaded.script())
                .get()
                .extracting(script -> script.node("fine").isPresent())
                .isEqualTo(true);
    }

    @Test
    void aRaiseNodeWithAFieldNoEventTakesIsAnUnknownField() {
        ScriptLoader.Loaded loaded =
                ScriptLoader.load(
                        "x.yaml",
                        new StringReader(
                                """
                script: x
                version: 1
                nodes:
                  - id: a
                    raise: signposting-offered
                    colour: red
                    next: done
                  - id: done
                    end: Bye.
                    key: x.done.end
                """));

        assertThat(loaded.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "x.yaml:6: unknown field 'colour' (raise node fields: answer, id, next, number, problem, raise, stage)");
    }
}
