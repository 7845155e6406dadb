package org.whatmatters.backend.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Metrics and health details answer only the allow-listed addresses; anyone else gets 404 and
 * UP/DOWN.
 */
class ManagementAccessTest {

    @Test
    void fromAnAddressNotOnTheListThereAreNoMetricsAndNoHealthDetails() {
        try (EmbeddedServer server = start("10.9.9.9");
                HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            assertThat(status(http, "/prometheus")).isEqualTo(404);
            Map<String, Object> health =
                    http.retrieve(
                            HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));
            assertThat(health).containsOnlyKeys("status").containsEntry("status", "UP");
            // a forged proxy header does not make a caller local
            assertThat(
                            status(
                                    http,
                                    HttpRequest.GET("/prometheus")
                                            .header("X-Forwarded-For", "127.0.0.1")))
                    .isEqualTo(404);
        }
    }

    @Test
    void fromThisMachineBothAnswerInFull() {
        try (EmbeddedServer server = start("127.0.0.1,::1");
                HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            assertThat(status(http, "/prometheus")).isEqualTo(200);
            Map<String, Object> health =
                    http.retrieve(
                            HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));
            assertThat(health).containsKey("details");
        }
    }

    private static EmbeddedServer start(String allowed) {
        return ApplicationContext.run(
                EmbeddedServer.class,
                Map.of("whatmatters.management.allowed-addresses", allowed),
                "test");
    }

    private static int status(BlockingHttpClient http, String path) {
        return status(http, HttpRequest.GET(path));
    }

    private static int status(BlockingHttpClient http, HttpRequest<?> request) {
        try {
            return http.exchange(request).code();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }
}
