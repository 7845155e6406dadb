package org.whatmatters.notifications.sms;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.notifications.delivery.DeliveryResult;

import java.net.URI;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class TwilioSmsTest {

    private static final String SID = "AC" + "0123456789abcdef".repeat(2);
    private static final String TOKEN = "fedcba9876543210".repeat(2);
    private static final URI CALLBACK = URI.create("https://whatmatters.example.org/webhooks/twilio/status");

    private final TwilioApiStandIn twilio = new TwilioApiStandIn(SID, TOKEN);

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void theSdkPostsToFromBodyAndStatusCallbackWithBasicAuth() {
        TwilioSms sms = new TwilioSms(new TwilioAccount(SID, TOKEN, twilio.baseUrl()), new SmsSenderId.PhoneNumber("+447700900123"));

        DeliveryResult result = sms.send(new SmsMessage("+447700900456", "Hello, ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ 👋", CALLBACK));

        assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
        DeliveryResult.Accepted accepted = (DeliveryResult.Accepted) result;
        assertThat(accepted.providerId()).matches("SM[0-9a-f]{32}");
        assertThat(accepted.providerStatus()).isEqualTo("queued");
        assertThat(twilio.received()).singleElement().satisfies(request -> {
            assertThat(request.accountSid()).isEqualTo(SID);
            assertThat(request.authorization())
                    .isEqualTo("Basic " + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(UTF_8)));
            assertThat(request.param("To")).isEqualTo("+447700900456");
            assertThat(request.param("From")).isEqualTo("+447700900123");
            assertThat(request.param("Body")).isEqualTo("Hello, ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ 👋");
            assertThat(request.param("StatusCallback")).isEqualTo(CALLBACK.toString());
        });
    }

    @Test
    void aMessagingServiceSendsWithoutFrom() {
        String service = "MG" + "a".repeat(32);
        TwilioSms sms = new TwilioSms(new TwilioAccount(SID, TOKEN, twilio.baseUrl()), new SmsSenderId.MessagingService(service));

        DeliveryResult result = sms.send(new SmsMessage("+447700900456", "Hi", null));

        assertThat(((DeliveryResult.Accepted) result).providerStatus()).isEqualTo("accepted");
        assertThat(twilio.received().get(0).params())
                .containsEntry("MessagingServiceSid", service)
                .doesNotContainKey("From")
                .doesNotContainKey("StatusCallback");
    }

    @Test
    void aServerErrorIsRetryableAndAnInvalidNumberIsNotAndTheSdkDoesNotRetryBehindOurBack() {
        TwilioSms sms = new TwilioSms(new TwilioAccount(SID, TOKEN, twilio.baseUrl()), new SmsSenderId.PhoneNumber("+447700900123"));
        twilio.failNext(500, 20500, "Internal Server Error")
                .failNext(400, 21211, "The 'To' number is not a valid phone number.");

        DeliveryResult first = sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK));
        DeliveryResult second = sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK));

        assertThat(first).isEqualTo(new DeliveryResult.Failed("20500", "Internal Server Error", true));
        assertThat(second).isEqualTo(new DeliveryResult.Failed("21211", "The 'To' number is not a valid phone number.", false));
        assertThat(twilio.received()).hasSize(2);
    }

    @Test
    void aServiceUnavailableIsOneRequestNotARetryInsideTheHttpClient() {
        TwilioSms sms = new TwilioSms(new TwilioAccount(SID, TOKEN, twilio.baseUrl()), new SmsSenderId.PhoneNumber("+447700900123"));
        twilio.failNext(503, 20503, "Service Unavailable").failNext(429, 20429, "Too Many Requests");

        assertThat(sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK)))
                .isEqualTo(new DeliveryResult.Failed("20503", "Service Unavailable", true));
        assertThat(sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK)))
                .isEqualTo(new DeliveryResult.Failed("20429", "Too Many Requests", true));
        assertThat(twilio.received()).hasSize(2);
    }

    @Test
    void wrongCredentialsAreRefusedByTheStandInAsTwilioWould() {
        TwilioSms sms = new TwilioSms(new TwilioAccount(SID, "0".repeat(32), twilio.baseUrl()), new SmsSenderId.PhoneNumber("+447700900123"));

        DeliveryResult result = sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK));

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) result).errorCode()).isEqualTo("20003");
        assertThat(((DeliveryResult.Failed) result).retryable()).isFalse();
        assertThat(twilio.received()).isEmpty();
    }

    @Test
    void anUnreachableApiIsARetryableNetworkFailure() {
        URI closed = twilio.baseUrl();
        twilio.close();
        TwilioSms sms = new TwilioSms(new TwilioAccount(SID, TOKEN, closed), new SmsSenderId.PhoneNumber("+447700900123"));

        DeliveryResult result = sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK));

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) result).errorCode()).isEqualTo("network");
        assertThat(((DeliveryResult.Failed) result).retryable()).isTrue();
    }

    @Test
    void printingAMessageRevealsNeitherNumberNorText() {
        assertThat(new SmsMessage("+447700900456", "I feel low today", CALLBACK).toString())
                .doesNotContain("447700900456").doesNotContain("low");
    }
}
