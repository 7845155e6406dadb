package org.whatmatters.backend.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.AppApi;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.WithAPartner;

/**
 * Sign-in by phone number and a one-time code by SMS, through the outbox and the Twilio stand-in.
 */
@MicronautTest(environments = "test", transactional = false)
class AppSignInTest extends WithAPartner {

    private static final String DEE = "+447700900321";
    private static final String ALI = "+447700900654";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private AppApi app;

    @BeforeEach
    void anApp() {
        app = new AppApi(context.createBean(HttpClient.class, server.getURL()).toBlocking());
    }

    @Test
    void theRightCodeGivesADeviceTokenForThePersonAlreadyKnownByText() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        Long known =
                database.queryForLong(
                        "SELECT id FROM person WHERE phone_e164_hash = ?", Database.phoneHash(DEE));

        String code = codeFor("07700 900321", DEE);
        AppApi.Answer signedIn = app.signIn("07700900321", code);

        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(app.token()).startsWith("wmp_").hasSizeGreaterThan(40);
        assertThat(database.count("person")).as("never a second profile").isEqualTo(1);
        assertThat(database.queryForLong("SELECT person_id FROM app_device")).isEqualTo(known);
        AppApi.Answer devices = app.get("/devices");
        assertThat(devices.status()).isEqualTo(200);
        assertThat(devices.body()).hasSize(1);
        assertThat(devices.body().get(0).get("current").asBoolean()).isTrue();
        assertThat(devices.body().toString()).doesNotContain(app.token());
        // stored hashed: neither the code nor the token is in the database
        assertThat(
                        database.query("SELECT code_hash FROM app_sign_in_code")
                                .get(0)
                                .get(0)
                                .toString())
                .startsWith("$2")
                .doesNotContain(code);
        assertThat(database.query("SELECT token_hash FROM app_device").get(0).get(0).toString())
                .doesNotContain(app.token().substring(4));
        // the partner sees that the app is in use, not the token
        referrals.selfReferred(known);
        var appUse = partner.get("/partner/people/" + known + "/app");
        assertThat(appUse.get("inUse").asBoolean()).isTrue();
        assertThat(appUse.get("devices").get(0).get("name").asText()).isEqualTo("Test phone");
        assertThat(appUse.toString())
                .doesNotContain(app.token())
                .doesNotContain("Hash")
                .doesNotContain("fcm");
    }

    @Test
    void fiveWrongTriesLockTheCodeEvenForTheRightOneAfter() {
        String code = codeFor(DEE, DEE);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            AppApi.Answer refused = app.signIn(DEE, wrong);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asText()).endsWith("/code-wrong");
            assertThat(refused.body().get("detail").asText()).isEqualTo((5 - i) + " tries left");
        }
        assertThat(app.signIn(DEE, wrong).body().get("type").asText()).endsWith("/code-locked");

        AppApi.Answer right = app.signIn(DEE, code);

        assertThat(right.status()).isEqualTo(400);
        assertThat(right.body().get("type").asText()).endsWith("/code-locked");
        assertThat(database.count("app_device")).isZero();
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String code = codeFor(DEE, DEE);
        timeIs(clock.instant().plus(Duration.ofMinutes(10)).plusSeconds(1));

        AppApi.Answer late = app.signIn(DEE, code);

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body().get("type").asText()).endsWith("/code-expired");
        assertThat(database.count("app_device")).isZero();
    }

    @Test
    void aCodeWorksOnce() {
        String code = codeFor(DEE, DEE);
        assertThat(app.signIn(DEE, code).status()).isEqualTo(201);

        AppApi.Answer again =
                new AppApi(context.createBean(HttpClient.class, server.getURL()).toBlocking())
                        .signIn(DEE, code);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("type").asText()).endsWith("/code-used");
        assertThat(database.count("app_device")).isEqualTo(1);
    }

    @Test
    void anotherNumbersCodeDoesNotSignIn() {
        String deesCode = codeFor(DEE, DEE);
        String alisCode = codeFor(ALI, ALI);
        if (deesCode.equals(alisCode)) {
            alisCode = codeFor(ALI, ALI); // one in a million: the same six digits
        }

        AppApi.Answer refused = app.signIn(ALI, deesCode);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("type").asText()).endsWith("/code-wrong");
        assertThat(database.count("app_device")).isZero();
    }

    @Test
    void codesAreLimitedPerNumberAndPerAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(app.requestCode(DEE).status()).isEqualTo(202);
        }
        AppApi.Answer fourth = app.requestCode(DEE);
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.body().get("type").asText()).endsWith("/too-many-codes");
        // the same address asking for other numbers: 10 an hour in all
        for (int i = 0; i < 7; i++) {
            assertThat(app.requestCode("+4477009004" + (10 + i)).status()).isEqualTo(202);
        }
        assertThat(app.requestCode("+447700900499").status()).isEqualTo(429);
        assertThat(database.count("app_sign_in_code")).isEqualTo(10);
    }

    @Test
    void personTokensAndStaffTokensEachWorkOnlyOnTheirOwnRoutes() {
        app.signIn(DEE, codeFor(DEE, DEE));

        assertThat(app.send(HttpRequest.GET("/partner/caseload")).status())
                .as("a person token on a staff route")
                .isEqualTo(401);
        assertThat(app.send(HttpRequest.GET("/staff/me")).status()).isEqualTo(401);
        AppApi staffOnTheApp = app.withToken(partner.token());
        assertThat(staffOnTheApp.get("/conversation").status())
                .as("a staff JWT on an app route")
                .isEqualTo(403);
        assertThat(app.withToken(null).get("/conversation").status()).isEqualTo(401);
        assertThat(app.withToken("wmp_" + "x".repeat(43)).get("/conversation").status())
                .isEqualTo(401);
    }

    @Test
    void aDeviceSignedOutIsRefusedAtOnce() {
        app.signIn(DEE, codeFor(DEE, DEE));
        AppApi second =
                new AppApi(context.createBean(HttpClient.class, server.getURL()).toBlocking());
        second.signIn(DEE, codeFor(DEE, DEE));
        assertThat(second.get("/devices").body()).hasSize(2);
        long firstId = app.get("/devices").body().get(0).get("id").asLong();

        assertThat(second.delete("/devices/" + firstId).status()).isEqualTo(204);

        assertThat(app.get("/conversation").status()).isEqualTo(401);
        assertThat(second.get("/conversation").status()).isEqualTo(200);
        assertThat(second.delete("/session").status()).isEqualTo(204);
        assertThat(second.get("/conversation").status()).isEqualTo(401);
    }

    /**
     * Asks for a code for {@code phone} and reads it from the SMS the stand-in received for {@code
     * e164}.
     */
    private String codeFor(String phone, String e164) {
        int before = textsTo(e164).size();
        assertThat(app.requestCode(phone).status()).isEqualTo(202);
        List<String> texts = awaitTexts(e164, before + 1);
        String text = texts.get(texts.size() - 1);
        assertThat(text).startsWith("Your WhatMatters code is").contains("10 minutes");
        Matcher matcher = CODE.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
