package org.whatmatters.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.whatmatters.backend.support.Database;

/**
 * Only a valid bearer token signs a request in: never HTTP Basic, never a token not yet valid,
 * expired, or not ours.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "whatmatters.admin.username", value = "admin")
@Property(name = "whatmatters.admin.password", value = "first-admin-password")
class TokenValidationTest {

    /** application-test.yml's JWT_SECRET. */
    private static final String SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject io.micronaut.context.ApplicationContext context;
    @Inject FirstAdmin firstAdmin;

    private BlockingHttpClient http;

    @BeforeEach
    void onlyTheFirstAdmin() {
        http = client.toBlocking();
        new Database(context).clear();
        firstAdmin.onStartup(null);
    }

    @Test
    void httpBasicWithTheRightPasswordAuthenticatesNowhere() {
        String basic =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        "admin:first-admin-password"
                                                .getBytes(StandardCharsets.UTF_8));
        for (String path :
                List.of(
                        "/staff/me",
                        "/staff/accounts",
                        "/staff/organisations",
                        "/partner/caseload",
                        "/translations")) {
            assertThat(status(HttpRequest.GET(path).header("Authorization", basic)))
                    .as(path)
                    .isEqualTo(401);
        }
        // /health's details depend on the caller's address (MANAGEMENT_ALLOWED_ADDRESSES), never on
        // credentials: the
        // same indicators with Basic as without any (their order is not fixed)
        String withBasic = http.retrieve(HttpRequest.GET("/health").header("Authorization", basic));
        assertThat(indicators(withBasic))
                .as("Basic changes nothing on /health")
                .contains("database")
                .isEqualTo(indicators(http.retrieve(HttpRequest.GET("/health"))));
        assertThat(withBasic).doesNotContain("jdbc");
    }

    @Test
    void theServicesOwnTokenWorks() {
        Map<?, ?> login =
                http.retrieve(
                        HttpRequest.POST(
                                "/login",
                                Map.of("username", "admin", "password", "first-admin-password")),
                        Map.class);

        assertThat(
                        status(
                                HttpRequest.GET("/staff/me")
                                        .bearerAuth((String) login.get("access_token"))))
                .isEqualTo(200);
    }

    @Test
    void aHandMadeTokenLikeOursWorksSoTheRefusalsBelowAreForTheirOneDifference() {
        assertThat(status(me(token(claims -> {})))).isEqualTo(200);
    }

    @Test
    void aTokenWhoseNotBeforeLiesInTheFutureIsRefused() {
        assertThat(
                        status(
                                me(
                                        token(
                                                claims ->
                                                        claims.notBeforeTime(
                                                                Date.from(
                                                                        Instant.now()
                                                                                .plus(
                                                                                        Duration
                                                                                                .ofHours(
                                                                                                        1))))))))
                .isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(
                        status(
                                me(
                                        token(
                                                claims ->
                                                        claims.expirationTime(
                                                                Date.from(
                                                                        Instant.now()
                                                                                .minus(
                                                                                        Duration
                                                                                                .ofMinutes(
                                                                                                        1))))))))
                .isEqualTo(401);
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() {
        assertThat(status(me(token(claims -> claims.expirationTime(null))))).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerOrNoneIsRefused() {
        assertThat(status(me(token(claims -> claims.issuer("someone-else"))))).isEqualTo(401);
        assertThat(status(me(token(claims -> claims.issuer(null))))).isEqualTo(401);
    }

    @Test
    void theIssuedTokenNamesUsAsIssuer() throws Exception {
        Map<?, ?> login =
                http.retrieve(
                        HttpRequest.POST(
                                "/login",
                                Map.of("username", "admin", "password", "first-admin-password")),
                        Map.class);

        JWTClaimsSet claims = SignedJWT.parse((String) login.get("access_token")).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("whatmatters");
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    /** A token as the service signs them (same key, claims, issuer), changed by {@code change}. */
    private static String token(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims =
                new JWTClaimsSet.Builder()
                        .subject("admin")
                        .issuer("whatmatters")
                        .issueTime(Date.from(now))
                        .notBeforeTime(Date.from(now.minusSeconds(5)))
                        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                        .claim("roles", List.of("ADMIN"));
        change.accept(claims);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MutableHttpRequest<?> me(String token) {
        return HttpRequest.GET("/staff/me").bearerAuth(token);
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.exchange(request, String.class).code();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }

    private static java.util.Set<String> indicators(String health) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("\"([\\w()]+)\":\\{\"name\"").matcher(health);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
