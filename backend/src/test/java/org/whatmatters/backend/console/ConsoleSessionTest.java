package org.whatmatters.backend.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.ConsoleClient;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;

/**
 * Signing in to the staff console: a session cookie (HttpOnly, SameSite=Strict), CSRF on every
 * form, sign-out, the idle timeout, and an account disabled by an admin losing its open session and
 * its bearer token at once.
 */
@MicronautTest(environments = "test", transactional = false)
class ConsoleSessionTest extends WithAPartner {

    private ConsoleClient browser() {
        return new ConsoleClient(server.getURL());
    }

    @Test
    void signingInGivesAnHttpOnlyStrictSessionCookieAndTheRolesStartPage() {
        ConsoleClient sam = browser();
        assertThat(sam.get("/console/partner").status()).isEqualTo(303);

        ConsoleClient.Page signedIn = sam.signIn("sam.partner", PARTNER_PASSWORD);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/console/partner");
        assertThat(signedIn.setCookies())
                .anySatisfy(
                        cookie ->
                                assertThat(cookie)
                                        .startsWith("wm_session=")
                                        .containsIgnoringCase("HttpOnly")
                                        .containsIgnoringCase("SameSite=Strict")
                                        .contains("Path=/console"));
        ConsoleClient.Page caseload = sam.get("/console/partner");
        assertThat(caseload.html()).contains("Your caseload").contains("Sam (partner)");
        assertThat(caseload.headers())
                .containsEntry("cache-control", "no-store")
                .containsEntry("x-frame-options", "DENY");
        // the cookie is the console's only: the JSON API stays bearer-only
        assertThat(sam.api("/partner/caseload").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedOnTheFormWithoutSayingWhichPartWasWrong() {
        ConsoleClient.Page refused = browser().signIn("sam.partner", "not-the-password");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.html())
                .contains("There is a problem")
                .contains("The username or password is not right");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        ConsoleClient sam = browser();
        ConsoleClient.Page form = sam.get("/console/sign-in");
        assertThat(
                        sam.post(
                                        "/console/sign-in",
                                        Map.of(
                                                "username",
                                                "sam.partner",
                                                "password",
                                                PARTNER_PASSWORD))
                                .status())
                .as("sign-in without its token")
                .isEqualTo(403);
        assertThat(
                        sam.post(
                                        "/console/sign-in",
                                        Map.of(
                                                "_csrf",
                                                "forged",
                                                "username",
                                                "sam.partner",
                                                "password",
                                                PARTNER_PASSWORD))
                                .status())
                .as("sign-in with a forged token")
                .isEqualTo(403);
        assertThat(
                        sam.post(
                                        "/console/sign-in",
                                        Map.of(
                                                "_csrf",
                                                form.field("_csrf"),
                                                "username",
                                                "sam.partner",
                                                "password",
                                                PARTNER_PASSWORD))
                                .status())
                .isEqualTo(303);

        ConsoleClient.Page refused = sam.post("/console/sign-out", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html()).contains("This form has expired");
        assertThat(sam.get("/console/partner").status())
                .as("still signed in: the forged sign-out did nothing")
                .isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() {
        ConsoleClient sam = browser();
        sam.signIn("sam.partner", PARTNER_PASSWORD);
        String csrf = sam.get("/console/partner").field("_csrf");
        String session = sam.cookie("wm_session");

        ConsoleClient.Page out = sam.post("/console/sign-out", Map.of("_csrf", csrf));

        assertThat(out.location()).isEqualTo("/console/sign-in?signedOut=1");
        assertThat(sam.get("/console/partner").status()).isEqualTo(303);
        assertThat(database.count("console_session")).isZero();
        assertThat(session).isNotBlank();
    }

    @Test
    void aSessionLeftIdleLongerThanTheTimeoutSignsOut() {
        ConsoleClient sam = browser();
        sam.signIn("sam.partner", PARTNER_PASSWORD);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sam.get("/console/partner").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sam.get("/console/partner").status())
                .as("used 29 minutes ago: still open")
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(31));

        ConsoleClient.Page after = sam.get("/console/partner");
        assertThat(after.status()).isEqualTo(303);
        assertThat(after.location()).startsWith("/console/sign-in?next=");
    }

    @Test
    void anAccountAnAdminDisablesLosesItsOpenSessionAndItsTokenAtOnce() {
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        StaffApi admin = signIn("ada.admin", "admin-password-1");
        ConsoleClient sam = browser();
        sam.signIn("sam.partner", PARTNER_PASSWORD);
        assertThat(sam.get("/console/partner").status()).isEqualTo(200);
        assertThat(partner.send(HttpRequest.GET("/partner/caseload")).status()).isEqualTo(200);
        Long samId =
                admin.get("/staff/accounts")
                        .findValues("id")
                        .get(
                                admin.get("/staff/accounts")
                                        .findValuesAsText("username")
                                        .indexOf("sam.partner"))
                        .asLong();

        admin.post("/staff/accounts/" + samId + "/disable", Map.of());

        assertThat(sam.get("/console/partner").status()).as("open session").isEqualTo(303);
        assertThat(partner.send(HttpRequest.GET("/partner/caseload")).status())
                .as("bearer token")
                .isEqualTo(401);
        assertThat(browser().signIn("sam.partner", PARTNER_PASSWORD).status())
                .as("signing in again")
                .isEqualTo(401);
    }
}
