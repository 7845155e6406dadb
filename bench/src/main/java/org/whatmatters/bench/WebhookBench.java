package org.whatmatters.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * The inbound webhook under realistic conversations, at 100, 250 and 500 messages/s and flat out,
 * beside (in the same run) a route that does nothing but the security filter and the signature
 * check (a forged signature: 403 before anything is stored) and the plain JDBC loop doing one
 * message's inserts and updates.
 *
 * <p>{@code java -cp bench/target/bench.jar org.whatmatters.bench.WebhookBench [h2] [mariadb]};
 * properties: {@code bench.seconds} (each phase, default 15), {@code bench.port} (18012), {@code
 * bench.jar} (backend/target/whatmatters.jar), {@code bench.inflight} (flat out, 32).
 */
public final class WebhookBench {

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("h2", "mariadb") : List.of(args);
        Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
        int port = Integer.getInteger("bench.port", 18012);
        int inFlight = Integer.getInteger("bench.inflight", 32);
        Path jar = Path.of(System.getProperty("bench.jar", "backend/target/whatmatters.jar"));
        Path results = Path.of(System.getProperty("bench.results", "bench/results"));
        for (String name : which) {
            Database database = name.equals("mariadb") ? Database.onMariadb() : null;
            Path dir = Path.of("bench/target/run-webhook-" + name).toAbsolutePath();
            Files2.deleteTree(dir);
            if (database != null) {
                database.recreate();
            }
            Database appDatabase = database != null ? database : Database.h2(dir);
            Results table =
                    new Results(
                            "Webhook on " + appDatabase.name(),
                            "phase",
                            "target msg/s",
                            "sent",
                            "ok",
                            "errors",
                            "msg/s",
                            "p50 ms",
                            "p99 ms",
                            "p999 ms");
            List<Load.Figures> figures = new ArrayList<>();
            long rss;
            String cpu;
            try (TwilioApiStandIn twilio = new TwilioApiStandIn(App.ACCOUNT_SID, App.AUTH_TOKEN);
                    App app =
                            App.start(
                                    jar,
                                    dir,
                                    port,
                                    webhookEnvironment(port, twilio.baseUrl(), database),
                                    App.jvmOptions(List.of("-Xmx384m", "-Duser.timezone=UTC")))) {
                Load load = new Load(app.base(), "http://localhost:" + port);
                int run = 0;
                load.run(
                        "warm-up",
                        new Conversations(run++),
                        0,
                        inFlight,
                        Duration.ofSeconds(Long.getLong("bench.warmup", 10)),
                        false);
                figures.add(
                        load.run(
                                "do-nothing route (filter + signature, 403)",
                                new Conversations(run++),
                                0,
                                inFlight,
                                phase,
                                true));
                for (int rate : new int[] {100, 250, 500}) {
                    figures.add(
                            load.run(
                                    "webhook at " + rate + "/s",
                                    new Conversations(run++),
                                    rate,
                                    inFlight,
                                    phase,
                                    false));
                }
                OptionalLong server =
                        database != null ? ProcessCpu.mariadbServer() : OptionalLong.empty();
                double appCpu = app.cpuSeconds();
                double serverCpu = server.isPresent() ? ProcessCpu.seconds(server.getAsLong()) : 0;
                Load.Figures flatOut =
                        load.run(
                                "webhook flat out (" + inFlight + " in flight)",
                                new Conversations(run++),
                                0,
                                inFlight,
                                phase,
                                false);
                figures.add(flatOut);
                double appMs = (app.cpuSeconds() - appCpu) * 1000 / flatOut.ok();
                String serverPart =
                        server.isPresent()
                                ? ", MariaDB server "
                                        + Results.f2(
                                                (ProcessCpu.seconds(server.getAsLong()) - serverCpu)
                                                        * 1000
                                                        / flatOut.ok())
                                        + " ms"
                                : " (H2 runs inside it)";
                cpu =
                        "CPU per handled message, flat out: application "
                                + Results.f2(appMs)
                                + " ms"
                                + serverPart
                                + "; the load generator's own CPU not counted";
                rss = app.rssMegabytes();
            }
            JdbcLoop loop = new JdbcLoop(database != null ? database : Database.h2Loop(dir));
            loop.createTables();
            JdbcLoop.Figures jdbc = loop.run(10, phase);
            for (Load.Figures f : figures) {
                table.row(
                        f.phase(),
                        f.targetRate() > 0 ? (int) f.targetRate() : "flat out",
                        f.sent(),
                        f.ok(),
                        f.errors(),
                        Results.f1(f.throughput()),
                        Results.ms(f.p50()),
                        Results.ms(f.p99()),
                        Results.ms(f.p999()));
            }
            table.row(
                    "plain JDBC loop (10 connections)",
                    "flat out",
                    jdbc.messages(),
                    jdbc.messages(),
                    0,
                    Results.f1(jdbc.throughput()),
                    Results.ms(jdbc.p50()),
                    Results.ms(jdbc.p99()),
                    Results.ms(jdbc.p999()));
            Load.Figures noop = figures.get(0);
            Load.Figures flat = figures.get(figures.size() - 1);
            table.note(
                    "webhook flat out / plain JDBC loop = "
                            + Results.f2(flat.throughput() / jdbc.throughput())
                            + " (goal ≥ 0.5)");
            table.note(
                    "webhook flat out / do-nothing route = "
                            + Results.f2(flat.throughput() / noop.throughput())
                            + " (goal ≥ 0.3)");
            table.note("p99 at 250/s = " + Results.ms(figures.get(2).p99()) + " ms (goal < 50 ms)");
            table.note(cpu);
            table.note("application RSS after the flat-out phase: " + rss + " MB (goal < 300 MB)");
            table.note(
                    "application JVM options: "
                            + String.join(
                                    " ",
                                    App.jvmOptions(List.of("-Xmx384m", "-Duser.timezone=UTC"))));
            table.note(
                    "each phase "
                            + phase.toSeconds()
                            + " s after a "
                            + Long.getLong("bench.warmup", 10)
                            + " s flat-out warm-up; latency at a fixed rate counts from when the message was due");
            table.write(results.resolve("webhook-" + name + ".md"));
        }
        System.exit(0); // the stand-in's and the client's threads
    }

    /**
     * The benchmark's people answer as soon as the last reply comes, 24 texts in seconds, where a
     * person takes minutes: the per-number limit (LIMIT_INBOUND_PER_MINUTE, 10) would send most of
     * their texts to the inbox sweep, and the benchmark would measure storing rather than handling.
     * It is lifted, so every text is handled as it comes.
     */
    static Map<String, String> webhookEnvironment(int port, URI twilio, Database database) {
        Map<String, String> env = App.environment(port, twilio, database);
        env.put("LIMIT_INBOUND_PER_MINUTE", "100000");
        return env;
    }
}
