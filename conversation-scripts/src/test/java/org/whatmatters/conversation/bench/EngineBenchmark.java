package org.whatmatters.conversation.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.whatmatters.conversation.crisis.CrisisDetector;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.engine.Engine;
import org.whatmatters.conversation.engine.EnglishTexts;
import org.whatmatters.conversation.engine.Position;
import org.whatmatters.conversation.engine.StepResult;
import org.whatmatters.conversation.engine.Turn;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.ScriptLibrary;

/**
 * Engine steps per second on the shipped scripts, crisis check included, the pure library alone (no
 * database, no HTTP). Run: {@code mvn -q -B install -DskipTests -pl
 * .,translations,conversation-scripts && mvn -q -f conversation-scripts/pom.xml test-compile
 * exec:exec -Dexec.executable=java -Dexec.classpathScope=test -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main EngineBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EngineBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private Engine engine;
    private ConversationState atFreeText;
    private ConversationState atChoice;
    private Map<String, String> facts;

    @Setup
    public void setUp() {
        engine =
                new Engine(
                        ScriptLibrary.shipped(),
                        Replies.shipped(),
                        new EnglishTexts(),
                        CrisisDetector.forServedLanguages()::match,
                        Duration.ofDays(3));
        atFreeText =
                new ConversationState(
                        new Position("what-matters", 1, "stopped-enjoying"),
                        true,
                        0,
                        List.of(),
                        "en",
                        NOW,
                        false,
                        false);
        atChoice =
                new ConversationState(
                        new Position("contact-preferences", 1, "channel"),
                        true,
                        0,
                        List.of(),
                        "en",
                        NOW,
                        false,
                        false);
        facts = Map.of("named_contact", "the team", "privacy_url", "example.org");
    }

    @Benchmark
    public StepResult freeTextAnswer() {
        return engine.step(
                atFreeText,
                facts,
                new Turn("I used to play football every Sunday with my brother", "sms", NOW));
    }

    @Benchmark
    public StepResult choiceAnswerByWord() {
        return engine.step(atChoice, facts, new Turn("Phone calls", "sms", NOW));
    }
}
