package org.whatmatters.backend.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.RenderedLogs;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * A database outage, made by stopping the H2 TCP server the application talks to: webhooks fail
 * fast with a 5xx (so Twilio retries) well within Twilio's 15 s, {@code /health} says DOWN, nothing
 * quotes the driver, and when the database is back the retried message is stored.
 */
@MicronautTest(environments = "test", transactional = false)
class DatabaseOutageTest extends WithTwilioStandIn {

    private static final String SMS = "/webhooks/twilio/sms";
    private static final long CONNECTION_TIMEOUT_MILLIS = 2_000;

    /**
     * A file database of its own, served over TCP, so that it outlives the server being stopped.
     */
    private static final java.nio.file.Path FILES =
            java.nio.file.Path.of("target", "outage-db-" + ProcessHandle.current().pid());

    private final int port = freePort();
    private Server database = startDatabase();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(
                "datasources.default.url",
                "jdbc:h2:tcp://127.0.0.1:"
                        + port
                        + "/outage;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;WRITE_DELAY=0");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put(
                "datasources.default.connection-timeout",
                String.valueOf(CONNECTION_TIMEOUT_MILLIS));
        properties.put("datasources.default.validation-timeout", "500");
        return properties;
    }

    @Test
    void duringAnOutageWebhooksFailFastWith503AndHealthSaysDownThenTheRetryIsStored() {
        Map<String, String> message =
                sms("SM" + "e1".repeat(16), "+447700900555", "are you there?");
        assertThat(
                        webhooks.post(SMS, sms("SM" + "e0".repeat(16), "+447700900555", "hello"))
                                .status())
                .isEqualTo(200);

        database.stop();
        try (RenderedLogs logs = new RenderedLogs()) {
            long started = System.nanoTime();
            TwilioWebhooks.Answer during = webhooks.post(SMS, message);
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(during.status()).isEqualTo(503);
            assertThat(tookMillis)
                    .as("answered within the pool timeout, far inside Twilio's 15 s")
                    .isLessThan(CONNECTION_TIMEOUT_MILLIS + 3_000);
            assertThat(during.body())
                    .contains("reference")
                    .doesNotContain("Exception")
                    .doesNotContain("jdbc")
                    .doesNotContain("Hikari")
                    .doesNotContain("are you there");
            System.out.printf(
                    "database outage: webhook answered %d in %d ms%n", during.status(), tookMillis);

            long healthStarted = System.nanoTime();
            assertThat(health()).isEqualTo(503);
            System.out.printf(
                    "database outage: /health answered DOWN in %d ms%n",
                    (System.nanoTime() - healthStarted) / 1_000_000);
            assertThat(logs.all())
                    .doesNotContain("are you there")
                    .doesNotContain("7700900555")
                    .doesNotContain("INSERT");
        }

        database = startDatabase();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> health() == 200);
        assertThat(webhooks.post(SMS, message).status())
                .as("Twilio's retry, once the database is back")
                .isEqualTo(200);
        assertThat(this.database().count("inbound_message")).isEqualTo(2);
    }

    private org.whatmatters.backend.support.Database database() {
        return super.database;
    }

    private int health() {
        try {
            return context.createBean(HttpClient.class, server.getURL())
                    .toBlocking()
                    .exchange(HttpRequest.GET("/health"), String.class)
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private Server startDatabase() {
        try {
            return Server.createTcpServer(
                            "-tcpPort",
                            String.valueOf(port),
                            "-ifNotExists",
                            "-baseDir",
                            FILES.toAbsolutePath().toString())
                    .start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopDatabase() {
        database.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
