package org.whatmatters.backend.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;
import static org.whatmatters.backend.support.TwilioWebhooks.status;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;

/** Twilio's own limits, applied at the webhook before anything reaches the inbox or a column. */
@MicronautTest(environments = "test", transactional = false)
class WebhookInputLimitsTest extends WithTwilioStandIn {

    private static final String SMS = "/webhooks/twilio/sms";
    private static final String STATUS = "/webhooks/twilio/status";
    private static final String PERSON = "+447700900321";
    private static final String SID = "SM" + "0a".repeat(16);

    @ParameterizedTest
    @ValueSource(strings = {"hello%zz", "100%", "abc%", "%", "50%2", "%G1"})
    void aMalformedPercentEscapeIsA400ThatQuotesNothingAndStoresNothing(String encodedBody) {
        String raw =
                "MessageSid="
                        + SID
                        + "&From="
                        + enc(PERSON)
                        + "&To="
                        + enc(TwilioWebhooks.SERVICE_NUMBER)
                        + "&Body="
                        + encodedBody;

        TwilioWebhooks.Answer answer = webhooks.postRaw(SMS, raw, true);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo(TwilioForm.Unreadable.MALFORMED.reason);
        assertThat(database.count("inbound_message")).isZero();
    }

    @Test
    void aMalformedEscapeInAStatusCallbackIsA400Too() {
        TwilioWebhooks.Answer answer =
                webhooks.postRaw(STATUS, "MessageSid=" + SID + "&MessageStatus=deliv%ered", true);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo(TwilioForm.Unreadable.MALFORMED.reason);
    }

    @Test
    void aPercentSignTwilioEncodedIsJustText() {
        TwilioWebhooks.Answer answer =
                webhooks.post(SMS, sms(SID, PERSON, "I'm 100% sure; a&b=c + d %zz"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(database.count("inbound_message")).isEqualTo(1);
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        String raw = "MessageSid=" + SID + "&From=" + enc(PERSON) + "&Body=a&Body=b";

        assertThat(webhooks.postRaw(SMS, raw, true))
                .isEqualTo(new TwilioWebhooks.Answer(400, TwilioForm.Unreadable.REPEATED.reason));
        assertThat(database.count("inbound_message")).isZero();
    }

    @Test
    void aMessageSidThatIsNotTwiliosIsRefused() {
        for (String sid :
                List.of(
                        "SM" + "a".repeat(33),
                        "SM" + "a".repeat(31),
                        "SM" + "a".repeat(62),
                        "SM" + "z".repeat(32),
                        "sm" + "a".repeat(32))) {
            assertThat(webhooks.post(SMS, sms(sid, PERSON, "hello")))
                    .as(sid)
                    .isEqualTo(new TwilioWebhooks.Answer(400, TwilioWebhookController.BAD_SID));
        }
        assertThat(database.count("inbound_message")).isZero();
    }

    @Test
    void aSenderLongerThanItsColumnOrE164IsRefused() {
        for (String from :
                List.of(
                        "+44" + "7".repeat(62),
                        "+4477009001234567",
                        "x".repeat(65),
                        "+44 7700\u0000900123",
                        "+447700900123\u00e9")) {
            assertThat(webhooks.post(SMS, sms(SID, from, "hello")))
                    .isEqualTo(new TwilioWebhooks.Answer(400, TwilioWebhookController.BAD_FROM));
        }
        assertThat(database.count("inbound_message")).isZero();
    }

    @Test
    void aBodyOfTwiliosFullLengthIsStoredAndOneCharacterMoreIsRefused() {
        String longest = "\uD83D\uDE00".repeat(800) + "é".repeat(800);
        assertThat(webhooks.post(SMS, sms(SID, PERSON, longest)).status()).isEqualTo(200);
        assertThat(database.count("inbound_message")).isEqualTo(1);

        assertThat(webhooks.post(SMS, sms("SM" + "0b".repeat(16), PERSON, longest + "x")))
                .isEqualTo(new TwilioWebhooks.Answer(413, TwilioWebhookController.BODY_TOO_LONG));
        assertThat(webhooks.post(SMS, sms("SM" + "0c".repeat(16), PERSON, "a".repeat(70_000))))
                .as("over MariaDB's 64 KB TEXT")
                .isEqualTo(new TwilioWebhooks.Answer(413, TwilioWebhookController.BODY_TOO_LONG));
        assertThat(database.count("inbound_message")).isEqualTo(1);
    }

    @Test
    void aRecipientTwilioCouldNotHaveSentIsDroppedAndTheMessageKept() {
        Map<String, String> form = sms(SID, PERSON, "hello");
        form.put("To", "+44" + "1".repeat(70));

        assertThat(webhooks.post(SMS, form).status()).isEqualTo(200);
        assertThat(database.query("SELECT provider_id, to_address FROM inbound_message"))
                .containsExactly(List.of(SID, ""));
    }

    @Test
    void garbageNumMediaCountsAsNone() {
        Map<String, String> form = sms(SID, PERSON, "hello");
        form.put("NumMedia", "99999999999999999999");

        assertThat(webhooks.post(SMS, form).status()).isEqualTo(200);
        assertThat(database.query("SELECT num_media FROM inbound_message"))
                .containsExactly(List.of(0));
    }

    @Test
    void aStatusCallbackWithAnErrorCodeLongerThanItsColumnKeepsTheStatusWithoutTheCode() {
        String sid = outboundSid();

        assertThat(webhooks.post(STATUS, status(sid, "undelivered", "3".repeat(33))).status())
                .isEqualTo(200);
        assertThat(
                        database.query(
                                "SELECT delivery_status, error_code FROM outbound_message WHERE provider_id = ?",
                                sid))
                .containsExactly(java.util.Arrays.asList("undelivered", null));
        assertThat(webhooks.post(STATUS, status(sid, "undelivered", "30003")).status())
                .isEqualTo(200);
        assertThat(
                        database.query(
                                "SELECT error_code FROM outbound_message WHERE provider_id = ?",
                                sid))
                .containsExactly(List.of("30003"));
    }

    @Test
    void aStatusCallbackWithAStatusOrSidTwilioCouldNotSendIsRefused() {
        assertThat(webhooks.post(STATUS, status(SID, "d".repeat(33), null)))
                .isEqualTo(new TwilioWebhooks.Answer(400, TwilioWebhookController.BAD_STATUS));
        assertThat(webhooks.post(STATUS, status(SID, "delivered'; DROP TABLE person; --", null)))
                .isEqualTo(new TwilioWebhooks.Answer(400, TwilioWebhookController.BAD_STATUS));
        assertThat(webhooks.post(STATUS, status("SM" + "f".repeat(63), "delivered", null)))
                .isEqualTo(new TwilioWebhooks.Answer(400, TwilioWebhookController.BAD_SID));
    }

    @Test
    void aFormLargerThanAnyWebhookIsRefusedBeforeDecoding() {
        String raw = "MessageSid=" + SID + "&Body=" + "a".repeat(TwilioForm.MAX_RAW_CHARACTERS);

        assertThat(webhooks.postRaw(SMS, raw, true))
                .isEqualTo(new TwilioWebhooks.Answer(400, TwilioForm.Unreadable.TOO_LARGE.reason));
    }

    /** A message we sent, so its status callbacks have a row to update. */
    private String outboundSid() {
        webhooks.post(SMS, sms("SM" + "0d".repeat(16), PERSON, "hello"));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(
                        () ->
                                !database.query(
                                                "SELECT provider_id FROM outbound_message WHERE provider_id IS NOT NULL")
                                        .isEmpty());
        return (String)
                database.query(
                                "SELECT provider_id FROM outbound_message WHERE provider_id IS NOT NULL ORDER BY id")
                        .get(0)
                        .get(0);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
