package org.whatmatters.backend.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

@MicronautTest(environments = "test", transactional = false)
class InboundSmsWebhookTest extends WithTwilioStandIn {

    private static final String PATH = "/webhooks/twilio/sms";
    private static final String PERSON = "+447700900123";

    @Test
    void aSignedFirstMessageIsStoredCreatesThePersonAndIsAnsweredThroughTwilio() throws Exception {
        TwilioWebhooks.Answer answer =
                webhooks.post(PATH, sms("SM" + "1".repeat(32), PERSON, "Hello, I'd like to apply"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
        assertThat(database.query("SELECT phone_e164_hash FROM person"))
                .containsExactly(List.of(Database.phoneHash(PERSON)));
        assertThat(database.count("inbound_message")).isEqualTo(1);

        List<TwilioApiStandIn.Received> sent = twilio.awaitReceived(2, Duration.ofSeconds(10));
        assertThat(sent)
                .allSatisfy(
                        request -> {
                            assertThat(request.param("To")).isEqualTo(PERSON);
                            assertThat(request.param("From"))
                                    .isEqualTo(TwilioWebhooks.SERVICE_NUMBER);
                            assertThat(request.param("StatusCallback"))
                                    .matches(
                                            java.util.regex.Pattern.quote(
                                                            PUBLIC_BASE_URL
                                                                    + "/webhooks/twilio/status?outbox=")
                                                    + "[0-9]+");
                        });
        assertThat(sent.get(0).param("Body")).startsWith("Hello, this is WhatMatters.");
        assertThat(sent.get(1).param("Body")).startsWith("Which language would you like?");
        awaitOutbound("ACCEPTED");
    }

    @Test
    void aNationalNumberIsKeptInE164() throws Exception {
        webhooks.post(PATH, sms("SM" + "2".repeat(32), "07700 900123", "hi"));

        assertThat(database.query("SELECT phone_e164_hash FROM person"))
                .containsExactly(List.of(Database.phoneHash(PERSON)));
        // its two replies go out in the background: left in flight, they reached the stand-in
        // during the next test and were counted as that test's (seen once as a wrong third text)
        awaitOutbound("ACCEPTED");
        assertThat(twilio.awaitReceived(2, Duration.ofSeconds(10))).hasSize(2);
    }

    @Test
    void theSameMessageSidTwiceHasOneEffect() throws Exception {
        Map<String, String> form = sms("SM" + "3".repeat(32), PERSON, "hello");

        assertThat(webhooks.post(PATH, form).status()).isEqualTo(200);
        twilio.awaitReceived(2, Duration.ofSeconds(10));
        assertThat(webhooks.post(PATH, form).status()).isEqualTo(200);

        assertThat(database.count("inbound_message")).isEqualTo(1);
        assertThat(database.count("outbound_message")).isEqualTo(2);
        awaitOutbound("ACCEPTED");
        assertThat(twilio.received()).hasSize(2);
    }

    @Test
    void aSecondMessageCarriesTheConversationOnRatherThanWelcomingAgain() throws Exception {
        webhooks.post(PATH, sms("SM" + "4".repeat(32), PERSON, "hello"));
        twilio.awaitReceived(2, Duration.ofSeconds(10));
        webhooks.post(PATH, sms("SM" + "5".repeat(32), PERSON, "1"));

        List<TwilioApiStandIn.Received> sent = twilio.awaitReceived(4, Duration.ofSeconds(10));
        assertThat(sent.get(2).param("Body")).startsWith("Your answers are private");
        assertThat(sent.get(3).param("Body")).startsWith("Would you like to carry on?");
        assertThat(database.count("person")).isEqualTo(1);
    }

    @Test
    void aWrongSignatureIsRefusedAndNothingIsStored() {
        Map<String, String> form = sms("SM" + "6".repeat(32), PERSON, "hello");
        String forged = TwilioWebhooks.sign(PUBLIC_BASE_URL + PATH, form, "0".repeat(32));

        assertThat(webhooks.postSigned(PATH, form, forged).status()).isEqualTo(403);
        assertThat(database.count("inbound_message")).isZero();
        assertThat(database.count("person")).isZero();
    }

    @Test
    void aMissingSignatureIsRefusedAndNothingIsStored() {
        assertThat(
                        webhooks.postSigned(PATH, sms("SM" + "7".repeat(32), PERSON, "hello"), null)
                                .status())
                .isEqualTo(403);
        assertThat(database.count("inbound_message")).isZero();
    }

    @Test
    void aSignatureForTheInternalHostInsteadOfPublicBaseUrlIsRefused() {
        Map<String, String> form = sms("SM" + "8".repeat(32), PERSON, "hello");
        String forInternalHost =
                TwilioWebhooks.sign(server.getURL() + PATH, form, TwilioWebhooks.AUTH_TOKEN);

        assertThat(webhooks.postSigned(PATH, form, forInternalHost).status()).isEqualTo(403);
        assertThat(database.count("inbound_message")).isZero();
    }

    @Test
    void aSignedFormWithATamperedBodyIsRefused() {
        Map<String, String> form = sms("SM" + "9".repeat(32), PERSON, "hello");
        String signature =
                TwilioWebhooks.sign(PUBLIC_BASE_URL + PATH, form, TwilioWebhooks.AUTH_TOKEN);
        form.put("Body", "something else");

        assertThat(webhooks.postSigned(PATH, form, signature).status()).isEqualTo(403);
        assertThat(database.count("inbound_message")).isZero();
    }

    @Test
    void messageBodiesAreEncryptedAtRest() throws Exception {
        webhooks.post(PATH, sms("SM" + "a".repeat(32), PERSON, "I used to love swimming"));
        twilio.awaitReceived(2, Duration.ofSeconds(10));

        String inbound = (String) database.query("SELECT body FROM inbound_message").get(0).get(0);
        String outbound =
                (String)
                        database.query("SELECT body FROM outbound_message ORDER BY id")
                                .get(0)
                                .get(0);
        assertThat(inbound).startsWith("v3:").doesNotContain("swimming");
        assertThat(outbound).startsWith("v3:").doesNotContain("WhatMatters");
    }

    @Test
    void neitherTheNumberNorTheTextReachesTheLogs() {
        try (CapturedLogs logs = new CapturedLogs()) {
            twilio.failNext(500, 20500, "Internal Server Error");
            webhooks.post(PATH, sms("SM" + "b".repeat(32), "+447700900987", "my secret worry"));
            webhooks.post(
                    PATH, sms("SM" + "c".repeat(32), "+447700900987", "another private thought"));
            awaitOutbound("ACCEPTED");

            assertThat(logs.lines())
                    .isNotEmpty()
                    .noneMatch(
                            line ->
                                    line.contains("7700900987")
                                            || line.contains("7700 900987")
                                            || line.contains("secret worry")
                                            || line.contains("private thought")
                                            || line.contains("Which language"));
        }
    }

    private void awaitOutbound(String status) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                assertThat(database.query("SELECT status FROM outbound_message"))
                                        .isNotEmpty()
                                        .allMatch(row -> status.equals(row.get(0))));
    }
}
