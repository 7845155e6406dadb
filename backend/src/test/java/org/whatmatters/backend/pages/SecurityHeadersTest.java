package org.whatmatters.backend.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.MovableClock;

/**
 * Every HTML page carries the security headers (CSP with frame-ancestors 'none', no-store, no
 * Referer), and an alert link stops working once ALERT_LINK_EXPIRY has passed.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "test.clock-start", value = "2026-12-01T10:00:00Z")
@Property(name = "whatmatters.alerts.link-expiry", value = "7d")
class SecurityHeadersTest {

    private static final String TOKEN = "t".repeat(40);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject io.micronaut.context.ApplicationContext context;
    @Inject MovableClock clock;

    private BlockingHttpClient http;

    @BeforeEach
    void anAlert() {
        http = client.toBlocking();
        Database database = new Database(context);
        database.clear();
        clock.setTo(Instant.parse("2026-12-01T10:00:00Z"));
        Timestamp now = Timestamp.from(clock.instant());
        database.update(
                "INSERT INTO person (id, phone_e164, created_at) VALUES (1, '+447700900321', ?)",
                now);
        database.update(
                "INSERT INTO person_event (id, person_id, kind, urgency, created_at) VALUES (1, 1, 'CRISIS', 'URGENT', ?)",
                now);
        database.update(
                "INSERT INTO alert (event_id, person_id, kind, urgency, level, recipient, recipient_name, channels, "
                        + "every_channel, identifying, token, created_at) VALUES (1, 1, 'CRISIS', 'URGENT', 0, 'DUTY_WORKER', 'North team', 'SMS', "
                        + "TRUE, FALSE, ?, ?)",
                TOKEN,
                now);
    }

    @Test
    void anHtmlPageCarriesTheSecurityHeaders() {
        HttpResponse<String> page =
                http.exchange(HttpRequest.GET("/alerts/" + TOKEN), String.class);

        assertThat(page.getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/html"));
        assertThat(page.header("Content-Security-Policy"))
                .contains("frame-ancestors 'none'")
                .contains("default-src 'self'");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anErrorCarriesThemToo() {
        HttpClientResponseException missing =
                org.junit.jupiter.api.Assertions.assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.exchange(
                                        HttpRequest.GET("/alerts/no-such-token"), String.class));
        assertThat(missing.getResponse().header("Content-Security-Policy"))
                .contains("frame-ancestors 'none'");
    }

    @Test
    void anAlertLinkExpires() {
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(http.exchange(HttpRequest.GET("/alerts/" + TOKEN), String.class).code())
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        HttpClientResponseException gone =
                org.junit.jupiter.api.Assertions.assertThrows(
                        HttpClientResponseException.class,
                        () -> http.exchange(HttpRequest.GET("/alerts/" + TOKEN), String.class));
        assertThat(gone.getStatus().getCode()).isEqualTo(410);
        HttpClientResponseException noAcknowledging =
                org.junit.jupiter.api.Assertions.assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.exchange(
                                        HttpRequest.POST("/alerts/" + TOKEN + "/acknowledge", ""),
                                        String.class));
        assertThat(noAcknowledging.getStatus().getCode()).isEqualTo(410);
    }
}
