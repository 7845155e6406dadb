package org.whatmatters.backend.support;

import java.io.File;
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
import java.util.concurrent.TimeUnit;

/**
 * The application as a real operating-system process, for what only a process can show: a {@code
 * kill -9} (nothing gets to run: no shutdown hook, no flush), a restart on the same files, two
 * instances on one database. Runs {@code org.whatmatters.backend.Application} from the test
 * classpath (what {@code mvn package} would put in the jar) in its own working directory, so the
 * default H2 database lands in {@code <dir>/data/} exactly as {@code ## Run} puts it in {@code
 * ./data}. Output goes to {@code <dir>/app-<n>.log}.
 *
 * <p>Reusable: give it the environment (Twilio stand-in, database, port) and call {@link #start},
 * {@link #kill}, {@link #stop}; {@link Environment} holds what every run needs.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static int started;

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * What every run needs: the directory, the port and the environment variables, database ones
     * included.
     */
    public record Environment(Path directory, int port, Map<String, String> variables) {

        /**
         * Twilio pointed at the stand-in, fixed secrets, fast pollers; the database is the default
         * H2 unless set.
         */
        public static Environment of(
                Path directory, int port, String twilioApiBaseUrl, String publicBaseUrl) {
            Map<String, String> variables = new HashMap<>();
            variables.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
            variables.put("TWILIO_ACCOUNT_SID", TwilioWebhooks.ACCOUNT_SID);
            variables.put("TWILIO_AUTH_TOKEN", TwilioWebhooks.AUTH_TOKEN);
            variables.put("TWILIO_FROM_NUMBER", TwilioWebhooks.SERVICE_NUMBER);
            variables.put("TWILIO_API_BASE_URL", twilioApiBaseUrl);
            variables.put("PUBLIC_BASE_URL", publicBaseUrl);
            variables.put("JWT_SECRET", "process-test-secret-that-is-long-enough-for-hs256");
            variables.put("DATA_ENCRYPTION_KEY", DATA_KEY);
            variables.put("PHONE_LOOKUP_KEY", PHONE_LOOKUP_KEY);
            // people here answer faster than anyone types: the per-number limit would leave their
            // replies to the sweep
            variables.put("LIMIT_INBOUND_PER_MINUTE", "1000");
            variables.put("OUTBOX_POLL_INTERVAL", "200ms");
            variables.put("OUTBOX_FIRST_RETRY_DELAY", "100ms");
            variables.put("OUTBOX_CLAIM_LEASE", "5s");
            variables.put("WHATMATTERS_INBOX_RECOVERY_INTERVAL", "1s");
            variables.put("WHATMATTERS_INBOX_RECOVERY_GRACE", "1s");
            return new Environment(directory, port, variables);
        }

        public Environment with(String name, String value) {
            Map<String, String> more = new HashMap<>(variables);
            more.put(name, value);
            return new Environment(directory, port, more);
        }

        /**
         * The database given to the test suite (TEST_DATASOURCE_URL), if any; else the shipped H2
         * default stays.
         */
        public Environment withSuiteDatabaseIfSet() {
            String url = System.getenv("TEST_DATASOURCE_URL");
            if (url == null || url.isBlank()) {
                return this;
            }
            return with("DATASOURCES_DEFAULT_URL", url)
                    .with(
                            "DATASOURCES_DEFAULT_USERNAME",
                            System.getenv().getOrDefault("TEST_DATASOURCE_USERNAME", "root"))
                    .with(
                            "DATASOURCES_DEFAULT_PASSWORD",
                            System.getenv().getOrDefault("TEST_DATASOURCE_PASSWORD", ""));
        }

        public boolean onDefaultH2() {
            return !variables.containsKey("DATASOURCES_DEFAULT_URL");
        }
    }

    /**
     * The key bodies are encrypted with in these runs (base64 of 32 bytes), for a test that reads
     * them back.
     */
    public static final String DATA_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    public static final String PHONE_LOOKUP_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    /** Starts the application and waits until {@code /health} answers UP. */
    public static synchronized AppProcess start(Environment environment) {
        try {
            Files.createDirectories(environment.directory());
            Path log = environment.directory().resolve("app-" + (++started) + ".log");
            List<String> command =
                    new ArrayList<>(
                            List.of(
                                    javaExecutable(),
                                    "-Xmx128m", // as ## Run
                                    "-XX:TieredStopAtLevel=1",
                                    "-Xshare:auto",
                                    "-Duser.timezone=UTC",
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    "org.whatmatters.backend.Application"));
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .directory(environment.directory().toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile());
            builder.environment()
                    .keySet()
                    .removeIf(
                            name ->
                                    name.startsWith("TWILIO_")
                                            || name.startsWith("DATASOURCES_")
                                            || name.startsWith("MICRONAUT_")
                                            || name.equals("PUBLIC_BASE_URL"));
            builder.environment().putAll(environment.variables());
            AppProcess app = new AppProcess(builder.start(), environment.port(), log);
            app.awaitHealthy();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** {@code kill -9}: the process gets no chance to do anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** A normal stop (SIGTERM), for when the test wants the database files to itself. */
    public void stop() {
        process.destroy();
        awaitExit();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the process wrote, for assertions on its log. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the application did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application exited while starting; see " + log);
            }
            try {
                HttpResponse<String> health =
                        http.send(
                                HttpRequest.newBuilder(baseUrl().resolve("/health"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200); // polling a starting process: there is nothing to drain
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException(
                "the application did not become healthy within " + START_TIMEOUT + "; see " + log);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Deletes a run's directory from an earlier run. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .map(Path::toFile)
                    .forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
