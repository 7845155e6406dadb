package org.whatmatters.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.MovableClock;

/**
 * Guessing passwords is slowed, then locked for a while, with the counts in the database; tokens
 * live 8 hours.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "test.clock-start", value = "2026-12-01T09:00:00Z")
@Property(name = "whatmatters.admin.username", value = "admin")
@Property(name = "whatmatters.admin.password", value = "first-admin-password")
class SignInLockTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject ApplicationContext context;
    @Inject MovableClock clock;

    private BlockingHttpClient http;

    @BeforeEach
    void onlyTheFirstAdmin() {
        http = client.toBlocking();
        new Database(context).clear();
        context.getBean(FirstAdmin.class).onStartup(null);
    }

    @Test
    void twentyWrongPasswordsLockTheAccountAndTheRightOneIsRefusedUntilTheLockEnds() {
        for (int attempt = 1; attempt <= 20; attempt++) {
            clock.advance(
                    Duration.ofSeconds(61)); // past any growing delay: what locks is the count
            assertThat(status("admin", "wrong-guess-" + attempt)).isEqualTo(401);
        }
        assertThat(status("admin", "first-admin-password")).isEqualTo(401);
        assertThat(
                        new Database(context)
                                .queryForLong(
                                        "SELECT failures FROM sign_in_failure WHERE subject = 'user:admin'"))
                .isEqualTo(10);

        clock.advance(Duration.ofMinutes(4)); // the lock began at the 10th failure, 14 min 10 s ago
        assertThat(status("admin", "first-admin-password")).isEqualTo(401);

        clock.advance(Duration.ofMinutes(1));
        assertThat(status("admin", "first-admin-password")).isEqualTo(200);
        assertThat(new Database(context).count("sign_in_failure WHERE subject = 'user:admin'"))
                .isZero();
    }

    @Test
    void afterAFewFailuresEachNextAttemptMustWaitLonger() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(status("admin", "wrong-guess")).isEqualTo(401);
        }
        // four failures, three free: the next attempt must wait 2 s, even with the right password
        assertThat(status("admin", "first-admin-password")).isEqualTo(401);
        clock.advance(Duration.ofSeconds(3));
        assertThat(status("admin", "first-admin-password")).isEqualTo(200);
    }

    @Test
    void aStaffTokenLastsTheEightHoursTheReadmePromises() throws Exception {
        Map<?, ?> answer =
                http.retrieve(
                        HttpRequest.POST(
                                "/login",
                                Map.of("username", "admin", "password", "first-admin-password")),
                        Map.class);
        assertThat(answer.get("expires_in")).isEqualTo(28800);
        String[] parts = ((String) answer.get("access_token")).split("\\.");
        JsonNode claims =
                new ObjectMapper()
                        .readTree(
                                new String(
                                        Base64.getUrlDecoder().decode(parts[1]),
                                        StandardCharsets.UTF_8));
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(28800);
    }

    private int status(String username, String password) {
        try {
            return http.exchange(
                            HttpRequest.POST(
                                    "/login", Map.of("username", username, "password", password)))
                    .code();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }
}
