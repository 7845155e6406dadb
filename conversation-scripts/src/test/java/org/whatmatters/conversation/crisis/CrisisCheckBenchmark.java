package org.whatmatters.conversation.crisis;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.whatmatters.conversation.engine.CrisisCheck;

/**
 * The crisis check's time per message, in each language of the crisis corpus: its ordinary
 * sentences (every list is read to the end, the common case) and those that need support (the check
 * stops at the first crisis entry). Each call checks the next sentence of the set, round and round,
 * with the shipped detector (every served language's list, as the service runs it). Run: {@code mvn
 * -q -B install -DskipTests -pl .,translations,conversation-scripts && mvn -q -f
 * conversation-scripts/pom.xml test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath org.openjdk.jmh.Main
 * CrisisCheckBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class CrisisCheckBenchmark {

    @Param({"en", "ur", "pa", "bn", "pl", "ar", "so"})
    public String language;

    /** {@code ordinary}: sentences that need nothing; {@code support}: crisis and concern. */
    @Param({"ordinary", "support"})
    public String sentences;

    private CrisisDetector detector;
    private String[] texts;
    private int next;

    @Setup
    public void setUp() {
        detector = CrisisDetector.forServedLanguages();
        boolean ordinary = sentences.equals("ordinary");
        List<String> chosen =
                CrisisCorpus.SETS.stream()
                        .flatMap(set -> CrisisCorpus.of(set, language).stream())
                        .filter(line -> line.ordinary() == ordinary)
                        .map(CrisisCorpus.Line::text)
                        .toList();
        texts = chosen.toArray(String[]::new);
    }

    @Benchmark
    public CrisisCheck.Assessment assess() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return detector.assess(text);
    }
}
