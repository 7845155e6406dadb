package org.whatmatters.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * Launch to {@code /health} UP, and RSS when healthy, on a fresh {@code ./data} and on existing
 * data: median of 5 (H2, the {@code ## Run} default). {@code java -cp bench/target/bench.jar
 * org.whatmatters.bench.StartupBench [label] [jvm options...]}: the options (e.g. {@code
 * -XX:SharedArchiveFile=...}) are given to the application's JVM, which runs in a directory of its
 * own: a class-data archive's path is made absolute first, so a relative one still applies (the JVM
 * would otherwise start without it, silently). {@code -Dbench.people=N} adds a third row: existing
 * data holding N people ({@link LargeData}), seeded after a first start and stop.
 */
public final class StartupBench {

    public static void main(String[] args) throws Exception {
        String label = args.length > 0 ? args[0] : "plain";
        List<String> jvm =
                absolutePaths(
                        args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of());
        int people = Integer.getInteger("bench.people", 0);
        int port = Integer.getInteger("bench.port", 18014);
        int times = Integer.getInteger("bench.times", 5);
        Path jar = Path.of(System.getProperty("bench.jar", "backend/target/whatmatters.jar"));
        Path results = Path.of(System.getProperty("bench.results", "bench/results"));
        Results table =
                new Results(
                        "Start-up (" + label + ")",
                        "data",
                        "runs",
                        "median s to healthy",
                        "min s",
                        "max s",
                        "median CPU s",
                        "median RSS MB");
        try (TwilioApiStandIn twilio = new TwilioApiStandIn(App.ACCOUNT_SID, App.AUTH_TOKEN)) {
            String train = System.getProperty("bench.cds.train");
            if (train != null) {
                // Java 17 AppCDS: one training start dumps the classes it loaded when it exits
                // (SIGTERM)
                Path dir = Path.of("bench/target/run-cds-training").toAbsolutePath();
                Files2.deleteTree(dir);
                App.start(
                                jar,
                                dir,
                                port,
                                App.environment(port, twilio.baseUrl(), null),
                                List.of(
                                        "-XX:ArchiveClassesAtExit="
                                                + Path.of(train).toAbsolutePath()))
                        .close();
                table.note(
                        "archive made by one training start with -XX:ArchiveClassesAtExit="
                                + train);
            }
            for (boolean fresh : new boolean[] {true, false}) {
                Path dir = Path.of("bench/target/run-startup").toAbsolutePath();
                Files2.deleteTree(dir);
                if (!fresh) {
                    App.start(jar, dir, port, App.environment(port, twilio.baseUrl(), null), jvm)
                            .close();
                }
                measure(
                        table,
                        fresh ? "fresh ./data" : "existing ./data",
                        jar,
                        dir,
                        port,
                        twilio,
                        jvm,
                        times,
                        fresh);
            }
            if (people > 0) {
                Path dir = Path.of("bench/target/run-startup-large").toAbsolutePath();
                Files2.deleteTree(dir);
                try (App first =
                        App.start(
                                jar,
                                dir,
                                port,
                                App.environment(port, twilio.baseUrl(), null),
                                jvm)) {
                    LargeData.converse(first, port);
                }
                long seeding = System.nanoTime();
                String seeded = LargeData.seed(dir, people);
                table.note(
                        "existing ./data, "
                                + people
                                + " people: "
                                + seeded
                                + ", seeded in "
                                + Results.f2((System.nanoTime() - seeding) / 1e9)
                                + " s");
                measure(
                        table,
                        "existing ./data, " + people + " people",
                        jar,
                        dir,
                        port,
                        twilio,
                        jvm,
                        times,
                        false);
            }
        }
        table.note(
                "CPU s: user + system time the application's JVM had used when it was healthy (all its threads; "
                        + "less sensitive than wall time to a shared machine's load)");
        table.note(
                "JVM options: "
                        + (jvm.isEmpty() ? "none" : String.join(" ", jvm))
                        + "; goal: under 2 s on existing data");
        table.write(results.resolve("startup-" + label + ".md"));
        System.exit(0);
    }

    /**
     * {@code times} starts on {@code dir} (emptied before each one when {@code fresh}); one row.
     */
    private static void measure(
            Results table,
            String data,
            Path jar,
            Path dir,
            int port,
            TwilioApiStandIn twilio,
            List<String> jvm,
            int times,
            boolean fresh)
            throws IOException {
        List<Double> seconds = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            if (fresh) {
                Files2.deleteTree(dir);
            }
            try (App app =
                    App.start(jar, dir, port, App.environment(port, twilio.baseUrl(), null), jvm)) {
                seconds.add(app.startedIn.toMillis() / 1000.0);
                rss.add(app.rssMegabytes());
                cpu.add(app.cpuSeconds());
            }
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        table.row(
                data,
                times,
                Results.f2(sorted.get(sorted.size() / 2)),
                Results.f2(sorted.get(0)),
                Results.f2(sorted.get(sorted.size() - 1)),
                Results.f2(cpu.stream().sorted().toList().get(cpu.size() / 2)),
                rss.stream().sorted().toList().get(rss.size() / 2));
    }

    /**
     * The options with every class-data archive path ({@code -XX:SharedArchiveFile=}, {@code
     * -XX:ArchiveClassesAtExit=}) made absolute against this process's directory: the application
     * runs in another one, where a relative path names nothing and the JVM starts without the
     * archive, saying nothing.
     */
    static List<String> absolutePaths(List<String> options) {
        List<String> absolute = new ArrayList<>();
        for (String option : options) {
            String fixed = option;
            for (String flag : List.of("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=")) {
                if (option.startsWith(flag)) {
                    fixed =
                            flag
                                    + Arrays.stream(
                                                    option.substring(flag.length())
                                                            .split(java.io.File.pathSeparator))
                                            .map(path -> Path.of(path).toAbsolutePath().toString())
                                            .collect(
                                                    java.util.stream.Collectors.joining(
                                                            java.io.File.pathSeparator));
                    if (flag.startsWith("-XX:Shared")) {
                        for (String path :
                                fixed.substring(flag.length()).split(java.io.File.pathSeparator)) {
                            if (!Files.isRegularFile(Path.of(path))) {
                                System.err.println(
                                        "warning: class-data archive "
                                                + path
                                                + " does not exist: the application starts without it");
                            }
                        }
                    }
                }
            }
            absolute.add(fixed);
        }
        return absolute;
    }
}
