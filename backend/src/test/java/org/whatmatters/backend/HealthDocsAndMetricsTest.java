package org.whatmatters.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(environments = "test", transactional = false)
class HealthDocsAndMetricsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthIsUpWithoutSigningIn() {
        String body = client.toBlocking().retrieve("/health");

        assertThat(body).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsAreServed() {
        String body = client.toBlocking().retrieve("/prometheus");

        assertThat(body)
                .contains("# TYPE jvm_memory_used_bytes gauge")
                .contains("hikaricp_connections");
    }

    @Test
    void theOpenApiDescriptionCoversTheWebhooksAndTheStaffApi() {
        String spec = client.toBlocking().retrieve("/swagger/whatmatters-0.1.yml");

        assertThat(spec)
                .startsWith("openapi: 3")
                .contains("/webhooks/twilio/sms:")
                .contains("/webhooks/twilio/status:")
                .contains("/staff/accounts:")
                .contains("bearerFormat: JWT");
    }

    @Test
    void swaggerUiIsServed() {
        HttpResponse<String> page =
                client.toBlocking()
                        .exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains("/swagger/whatmatters-0.1.yml");
    }
}
