package org.whatmatters.conversation.crisis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.whatmatters.conversation.engine.CrisisCheck;

/**
 * Recall and false alarms of the shipped crisis detector on the crisis corpus, per language and per
 * kind, for the development and the held-out set. Not a test (nothing is timed, nothing fails):
 * prints the figures, lists the development set's misses (never the held-out set's, which stays
 * unseen), and writes them as a markdown table. Usage (see README): {@code CrisisBenchmark
 * [output.md]}, default {@code target/crisis-benchmark.md}.
 */
public final class CrisisBenchmark {

    /**
     * Counts for one row: sentences that need support and how many got it; ordinary sentences and
     * how many alarmed.
     */
    static final class Score {
        int needed;
        int caught;
        int underCalled;
        int ordinary;
        int falseAlarms;

        void add(CrisisCorpus.Line line, CrisisCheck.Assessment assessment) {
            if (line.ordinary()) {
                ordinary++;
                if (!line.answeredBy(assessment)) {
                    falseAlarms++;
                }
            } else {
                needed++;
                if (line.answeredBy(assessment)) {
                    caught++;
                } else if (assessment.tier() == CrisisCheck.Tier.CONCERN) {
                    underCalled++;
                }
            }
        }

        String recall() {
            return needed == 0 ? "-" : caught + "/" + needed + " (" + percent(caught, needed) + ")";
        }

        String falseAlarmRate() {
            return ordinary == 0
                    ? "-"
                    : falseAlarms + "/" + ordinary + " (" + percent(falseAlarms, ordinary) + ")";
        }

        private static String percent(int part, int whole) {
            return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
        }
    }

    private CrisisBenchmark() {}

    public static void main(String[] args) throws IOException {
        CrisisDetector detector = CrisisDetector.forServedLanguages();
        Path out = Path.of(args.length > 0 ? args[0] : "target/crisis-benchmark.md");
        StringBuilder md = new StringBuilder("# Crisis detector on the crisis corpus\n\n");
        md.append(
                        "Recall: sentences that need crisis support (or, for `concern`, at least the concern reply) and got it. ")
                .append("False alarms: ordinary sentences that raised either tier.\n\n");
        md.append(
                "## Per language\n\n| language | set | recall | crisis called concern | false alarms |\n|---|---|---|---|---|\n");
        Map<String, Map<String, Score>> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (String language : CrisisCorpus.LANGUAGES) {
            for (String set : CrisisCorpus.SETS) {
                Score score = new Score();
                for (CrisisCorpus.Line line : CrisisCorpus.of(set, language)) {
                    CrisisCheck.Assessment assessment = detector.assess(line.text());
                    score.add(line, assessment);
                    byKind.computeIfAbsent(
                                    line.ordinary() ? "ordinary: " + line.kind() : line.kind(),
                                    k -> new LinkedHashMap<>())
                            .computeIfAbsent(set, k -> new Score())
                            .add(line, assessment);
                    if (set.equals("dev") && !line.answeredBy(assessment)) {
                        misses.add(
                                line.where()
                                        + "\t"
                                        + line.tier()
                                        + " "
                                        + line.kind()
                                        + " -> "
                                        + assessment.tier()
                                        + " "
                                        + assessment.matched()
                                        + "\t"
                                        + line.text());
                    }
                }
                md.append("| ")
                        .append(language)
                        .append(" | ")
                        .append(set)
                        .append(" | ")
                        .append(score.recall())
                        .append(" | ")
                        .append(score.underCalled)
                        .append(" | ")
                        .append(score.falseAlarmRate())
                        .append(" |\n");
            }
        }
        md.append(
                "\n## Per kind (all languages)\n\n| kind | dev recall | held-out recall | dev false alarms | held-out false alarms |\n|---|---|---|---|---|\n");
        byKind.forEach(
                (kind, sets) -> {
                    Score dev = sets.getOrDefault("dev", new Score());
                    Score held = sets.getOrDefault("held-out", new Score());
                    md.append("| ")
                            .append(kind)
                            .append(" | ")
                            .append(dev.recall())
                            .append(" | ")
                            .append(held.recall())
                            .append(" | ")
                            .append(dev.falseAlarmRate())
                            .append(" | ")
                            .append(held.falseAlarmRate())
                            .append(" |\n");
                });
        System.out.println(md);
        System.out.println("Development-set misses and false alarms (" + misses.size() + "):");
        misses.forEach(System.out::println);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println("written to " + out);
    }
}
