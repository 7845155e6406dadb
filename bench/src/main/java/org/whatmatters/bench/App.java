package org.whatmatters.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code backend/target/whatmatters.jar}) as a process, started the way
 * {@code ## Run} starts it.
 */
final class App implements AutoCloseable {

    static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    static final String AUTH_TOKEN = "fedcba9876543210".repeat(2);
    static final String SERVICE_NUMBER = "+447700900001";
    static final String DATA_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String PHONE_LOOKUP_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    final Process process;
    final int port;
    final Duration startedIn;

    private App(Process process, int port, Duration startedIn) {
        this.process = process;
        this.port = port;
        this.startedIn = startedIn;
    }

    /**
     * Everything the application needs to run against the stand-in; {@code database} null = the
     * shipped H2 default in {@code dir/data}.
     */
    static Map<String, String> environment(int port, URI twilio, Database database) {
        Map<String, String> env = new HashMap<>();
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        env.put("TWILIO_ACCOUNT_SID", ACCOUNT_SID);
        env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        env.put("TWILIO_FROM_NUMBER", SERVICE_NUMBER);
        env.put("TWILIO_API_BASE_URL", twilio.toString());
        env.put("PUBLIC_BASE_URL", "http://localhost:" + port);
        env.put("JWT_SECRET", "bench-secret-that-is-long-enough-for-hs256-signing");
        env.put("DATA_ENCRYPTION_KEY", DATA_KEY);
        env.put("PHONE_LOOKUP_KEY", PHONE_LOOKUP_KEY);
        env.put("ADMIN_USERNAME", "admin");
        env.put("ADMIN_PASSWORD", "change-me-please");
        if (database != null && database.mariadb()) {
            env.put("DATASOURCES_DEFAULT_URL", database.url());
            env.put("DATASOURCES_DEFAULT_USERNAME", database.user());
            env.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        }
        return env;
    }

    static App start(
            Path jar, Path dir, int port, Map<String, String> env, List<String> jvmOptions) {
        try {
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>();
            command.add(System.getProperty("bench.java", "java"));
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .directory(dir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(
                                    ProcessBuilder.Redirect.appendTo(
                                            dir.resolve("app.log").toFile()));
            builder.environment()
                    .keySet()
                    .removeIf(
                            name ->
                                    name.startsWith("TWILIO_")
                                            || name.startsWith("DATASOURCES_")
                                            || name.startsWith("MICRONAUT_"));
            builder.environment().putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            awaitHealthy(process, port);
            return new App(process, port, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitHealthy(Process process, int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application exited during start-up (see its app.log)");
            }
            try {
                HttpResponse<String> answer =
                        client.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application was not healthy within 180 s");
    }

    /**
     * {@code defaults} and then the options in {@code -Dbench.app.jvm} (split at spaces), for every
     * application instance a benchmark starts, e.g. {@code -Dbench.app.jvm="-XX:TieredStopAtLevel=1
     * -XX:StartFlightRecording=filename=app.jfr"}. A relative {@code -XX:SharedArchiveFile=} is
     * made absolute: the application runs in a directory of its own.
     */
    static List<String> jvmOptions(List<String> defaults) {
        List<String> options = new ArrayList<>(defaults);
        String more = System.getProperty("bench.app.jvm", "").trim();
        if (!more.isEmpty()) {
            options.addAll(StartupBench.absolutePaths(List.of(more.split("\\s+"))));
        }
        return options;
    }

    /** User + system CPU seconds the application's JVM has used so far (all threads; Linux). */
    double cpuSeconds() {
        return ProcessCpu.seconds(process.pid());
    }

    /** Resident set size in MB, from /proc (Linux). */
    long rssMegabytes() {
        try {
            for (String line :
                    Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(
                    Duration.ofSeconds(30).toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
