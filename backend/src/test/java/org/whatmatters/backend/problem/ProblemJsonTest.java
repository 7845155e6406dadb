package org.whatmatters.backend.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;

/**
 * One error language on the API: every refusal is an RFC 7807 problem ({@code
 * application/problem+json}) naming no Java type; optional bodies may be left out; times a partner
 * gives are UK local.
 */
@MicronautTest(environments = "test", transactional = false)
class ProblemJsonTest extends WithAPartner {

    private static final String DEE = "+447700900911";

    private BlockingHttpClient http() {
        return context.createBean(HttpClient.class, server.getURL()).toBlocking();
    }

    @Test
    void aRefusalIsAProblemWithItsFieldsAndNoJavaNames() {
        Long dee = referred(DEE, Map.of());
        HttpClientResponseException refused =
                refusal(
                        HttpRequest.POST(referral(dee) + "/order", Map.of("item", " "))
                                .bearerAuth(partner.token()));

        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.getResponse().getContentType())
                .hasValueSatisfying(
                        type -> assertThat(type.toString()).startsWith("application/problem+json"));
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertThat(body)
                .contains("\"status\":400")
                .contains("\"title\":\"Invalid request\"")
                .contains("\"fields\":[{\"field\":\"item\",\"problem\":\"say what was ordered\"}]");
    }

    @Test
    void bodiesThatCannotBeReadSayNothingOfTheCode() {
        for (String broken :
                new String[] {
                    "{\"username\":",
                    "{\"username\":\"x\",\"password\":\"y\",\"role\":\"KING\"}",
                    "[1,2]"
                }) {
            HttpClientResponseException refused =
                    refusal(
                            HttpRequest.POST("/staff/accounts", broken)
                                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                                    .bearerAuth(admin().token()));
            String body = refused.getResponse().getBody(String.class).orElse("");
            assertThat(refused.code()).as(broken).isEqualTo(400);
            assertThat(body)
                    .as(broken)
                    .contains("\"status\":400")
                    .doesNotContain("org.whatmatters")
                    .doesNotContain("java.")
                    .doesNotContain("Exception")
                    .doesNotContain("NewStaffAccount");
        }
        HttpClientResponseException invalid =
                refusal(
                        HttpRequest.POST(
                                        "/staff/accounts",
                                        Map.of(
                                                "username",
                                                "no spaces please",
                                                "password",
                                                "long-enough-password",
                                                "role",
                                                "ADMIN"))
                                .bearerAuth(admin().token()));
        assertThat(invalid.getResponse().getBody(String.class).orElseThrow())
                .contains("\"field\":\"username\"")
                .contains("letters, digits and . _ @ - only")
                .doesNotContain("org.whatmatters");
        HttpClientResponseException missing =
                refusal(HttpRequest.GET("/partner/people/999999").bearerAuth(partner.token()));
        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.getResponse().getBody(String.class).orElseThrow())
                .contains("no person 999999 in your caseload");
    }

    @Test
    void theReasonIsOptionalAndDeliveryTimesAreUkLocal() {
        Long dee = referred(DEE, Map.of());
        partner.post(referral(dee) + "/accept", Map.of());
        partner.post(referral(dee) + "/order", Map.of("item", "football boots"));
        // 09:30 in London on Monday 23 November (GMT): half an hour before the test's "now"
        partner.post(
                referral(dee) + "/deliver",
                Map.of("to", "PERSON", "deliveredAt", "2026-11-23T09:30"));
        assertThat(partner.get(referral(dee)).get("deliveredAt").asText())
                .isEqualTo("2026-11-23T09:30:00Z");

        Long contact = contact(dee, 2).get("id").asLong();
        assertThat(
                        partner.send(
                                        HttpRequest.POST(
                                                followUps(dee) + "/" + contact + "/bring-forward",
                                                ""))
                                .status())
                .isEqualTo(200);
        assertThat(partner.send(HttpRequest.POST(followUps(dee) + "/signposting", "")).status())
                .isEqualTo(201);
        assertThat(partner.send(HttpRequest.POST(referral(dee) + "/close", "")).status())
                .isEqualTo(200);
    }

    private StaffApi admin() {
        if (database.count("staff_account WHERE username = 'ada.admin'") == 0) {
            accounts.create(
                    "ada.admin",
                    "admin-password-1",
                    org.whatmatters.backend.security.Role.ADMIN,
                    null,
                    "Ada");
        }
        return signIn("ada.admin", "admin-password-1");
    }

    private HttpClientResponseException refusal(HttpRequest<?> request) {
        try {
            http().exchange(request, String.class);
        } catch (HttpClientResponseException refused) {
            return refused;
        }
        throw new AssertionError(request.getPath() + " was not refused");
    }
}
