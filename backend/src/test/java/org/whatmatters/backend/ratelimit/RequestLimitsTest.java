package org.whatmatters.backend.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One address gets only so many sign-in and alert-link requests a minute; beyond that, 429 before
 * any work.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "whatmatters.rate-limits.sign-in-per-minute", value = "3")
@Property(name = "whatmatters.rate-limits.alert-link-per-minute", value = "3")
class RequestLimitsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void signInRequestsBeyondTheBudgetAreRefusedWith429() {
        BlockingHttpClient http = client.toBlocking();
        for (int i = 0; i < 3; i++) {
            assertThat(
                            status(
                                    http,
                                    HttpRequest.POST(
                                            "/login",
                                            Map.of("username", "nobody" + i, "password", "x"))))
                    .isEqualTo(401);
        }
        assertThat(
                        status(
                                http,
                                HttpRequest.POST(
                                        "/login", Map.of("username", "nobody", "password", "x"))))
                .isEqualTo(429);
    }

    @Test
    void alertLinkRequestsBeyondTheBudgetAreRefusedWith429() {
        BlockingHttpClient http = client.toBlocking();
        for (int i = 0; i < 3; i++) {
            assertThat(status(http, HttpRequest.GET("/alerts/guess" + i))).isEqualTo(404);
        }
        assertThat(status(http, HttpRequest.GET("/alerts/guess"))).isEqualTo(429);
    }

    private static int status(BlockingHttpClient http, HttpRequest<?> request) {
        try {
            return http.exchange(request).code();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }
}
