package org.whatmatters.notifications.sms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.notifications.delivery.DeliveryResult;

class TwilioSmsTest {

    private static final String SID = "AC" + "0123456789abcdef".repeat(2);
    private static final String TOKEN = "fedcba9876543210".repeat(2);
    private static final URI CALLBACK =
            URI.create("https://whatmatters.example.org/webhooks/twilio/status");

    private final TwilioApiStandIn twilio = new TwilioApiStandIn(SID, TOKEN);

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void theSdkPostsToFromBodyAndStatusCallbackWithBasicAuth() {
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, twilio.baseUrl()),
                        new SmsSenderId.PhoneNumber("+447700900123"));

        DeliveryResult result =
                sms.send(new SmsMessage("+447700900456", "Hello, ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ 👋", CALLBACK));

        assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
        DeliveryResult.Accepted accepted = (DeliveryResult.Accepted) result;
        assertThat(accepted.providerId()).matches("SM[0-9a-f]{32}");
        assertThat(accepted.providerStatus()).isEqualTo("queued");
        assertThat(twilio.received())
                .singleElement()
                .satisfies(
                        request -> {
                            assertThat(request.accountSid()).isEqualTo(SID);
                            assertThat(request.authorization())
                                    .isEqualTo(
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(
                                                                    (SID + ":" + TOKEN)
                                                                            .getBytes(UTF_8)));
                            assertThat(request.param("To")).isEqualTo("+447700900456");
                            assertThat(request.param("From")).isEqualTo("+447700900123");
                            assertThat(request.param("Body")).isEqualTo("Hello, ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ 👋");
                            assertThat(request.param("StatusCallback"))
                                    .isEqualTo(CALLBACK.toString());
                        });
    }

    @Test
    void aMessagingServiceSendsWithoutFrom() {
        String service = "MG" + "a".repeat(32);
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, twilio.baseUrl()),
                        new SmsSenderId.MessagingService(service));

        DeliveryResult result = sms.send(new SmsMessage("+447700900456", "Hi", null));

        assertThat(((DeliveryResult.Accepted) result).providerStatus()).isEqualTo("accepted");
        assertThat(twilio.received().get(0).params())
                .containsEntry("MessagingServiceSid", service)
                .doesNotContainKey("From")
                .doesNotContainKey("StatusCallback");
    }

    @Test
    void aServerErrorIsRetryableAndAnInvalidNumberIsNotAndTheSdkDoesNotRetryBehindOurBack() {
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, twilio.baseUrl()),
                        new SmsSenderId.PhoneNumber("+447700900123"));
        twilio.failNext(500, 20500, "Internal Server Error")
                .failNext(400, 21211, "The 'To' number is not a valid phone number.");

        DeliveryResult first = sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK));
        DeliveryResult second = sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK));

        assertThat(first)
                .isEqualTo(new DeliveryResult.Failed("20500", "Internal Server Error", true));
        assertThat(second)
                .isEqualTo(
                        new DeliveryResult.Failed(
                                "21211", "The 'To' number is not a valid phone number.", false));
        assertThat(twilio.received()).hasSize(2);
    }

    @Test
    void aServiceUnavailableIsOneRequestNotARetryInsideTheHttpClient() {
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, twilio.baseUrl()),
                        new SmsSenderId.PhoneNumber("+447700900123"));
        twilio.failNext(503, 20503, "Service Unavailable")
                .failNext(429, 20429, "Too Many Requests");

        assertThat(sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK)))
                .isEqualTo(new DeliveryResult.Failed("20503", "Service Unavailable", true));
        assertThat(sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK)))
                .isEqualTo(new DeliveryResult.Failed("20429", "Too Many Requests", true));
        assertThat(twilio.received()).hasSize(2);
    }

    @Test
    void wrongCredentialsAreRefusedByTheStandInAsTwilioWould() {
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, "0".repeat(32), twilio.baseUrl()),
                        new SmsSenderId.PhoneNumber("+447700900123"));

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
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, closed),
                        new SmsSenderId.PhoneNumber("+447700900123"));

        DeliveryResult result = sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK));

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) result).errorCode()).isEqualTo("network");
        assertThat(((DeliveryResult.Failed) result).retryable()).isTrue();
        assertThat(((DeliveryResult.Failed) result).maybeSent())
                .as("a refused connection carried nothing to Twilio")
                .isFalse();
    }

    @Test
    void aConnectionThatCannotBeOpenedTimesOutInOurTimeAndSurelyWasNotSent() throws Exception {
        // a listening socket that never accepts, its backlog filled: the next connection attempt
        // gets no answer
        try (java.net.ServerSocket silent =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            java.util.List<java.net.Socket> filling = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    java.net.Socket socket = new java.net.Socket();
                    try {
                        socket.connect(silent.getLocalSocketAddress(), 200);
                        filling.add(socket);
                    } catch (java.net.SocketTimeoutException full) {
                        socket.close();
                        break;
                    }
                }
                URI unanswering = URI.create("http://127.0.0.1:" + silent.getLocalPort());
                TwilioSms sms =
                        new TwilioSms(
                                new TwilioAccount(SID, TOKEN, unanswering),
                                new SmsSenderId.PhoneNumber("+447700900123"),
                                new TwilioTimeouts(Duration.ofMillis(300), Duration.ofSeconds(30)));

                DeliveryResult result =
                        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                                Duration.ofSeconds(10),
                                () -> sms.send(new SmsMessage("+447700900456", "Hi", CALLBACK)),
                                "our connect timeout, not the SDK's 30.5 s");

                assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
                assertThat(((DeliveryResult.Failed) result).retryable()).isTrue();
                assertThat(((DeliveryResult.Failed) result).maybeSent())
                        .as("nothing was written")
                        .isFalse();
            } finally {
                for (java.net.Socket socket : filling) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aSendWhoseAnswerTimesOutMayHaveGoneAndTheMessagesListFindsIt() throws Exception {
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, twilio.baseUrl()),
                        new SmsSenderId.PhoneNumber("+447700900123"),
                        new TwilioTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));
        TwilioApiStandIn.Hold hang = twilio.holdSendsTo("+447700900456");
        Instant before = Instant.now().minusSeconds(1);
        SmsMessage message = new SmsMessage("+447700900456", "Hi, how are you?", CALLBACK);

        DeliveryResult result =
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        Duration.ofSeconds(10),
                        () -> sms.send(message),
                        "our read timeout, not the SDK's 30 s");

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
        assertThat(failed.errorCode()).isEqualTo("network");
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.maybeSent())
                .as("the request was written; only the answer is missing")
                .isTrue();
        assertThat(hang.hanging()).isEqualTo(1);
        String taken = twilio.messages().get(0).sid();
        assertThat(sms.lookUp(message, before, sid -> false))
                .isEqualTo(new PriorSend.Found(taken, "queued"));
        assertThat(twilio.listRequests())
                .singleElement()
                .satisfies(
                        query ->
                                assertThat(query)
                                        .containsEntry("To", "+447700900456")
                                        .containsEntry("From", "+447700900123")
                                        .doesNotContainKeys("DateSent", "DateSent>", "DateSent<"));
        hang.release();
    }

    @Test
    void theListFindsOnlyThisTextSinceTheAttemptAndNotASidAlreadyRecordedForAnotherMessage() {
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, twilio.baseUrl()),
                        new SmsSenderId.PhoneNumber("+447700900123"));
        Instant attempt = Instant.parse("2026-12-01T10:00:00Z");
        SmsMessage message = new SmsMessage("+447700900456", "Which language?", CALLBACK);
        twilio.alreadyTook(
                "+447700900456",
                "+447700900123",
                "Which language?",
                attempt.minusSeconds(60)); // an earlier one
        String known =
                twilio.alreadyTook(
                        "+447700900456",
                        "+447700900123",
                        "Which language?",
                        attempt.plusSeconds(1));
        twilio.alreadyTook(
                "+447700900456", "+447700900123", "Something else", attempt.plusSeconds(2));
        twilio.alreadyTook(
                "+447700900999", "+447700900123", "Which language?", attempt.plusSeconds(3));
        twilio.alreadyTook(
                "+447700900456", "+447700900777", "Which language?", attempt.plusSeconds(4));

        assertThat(sms.lookUp(message, attempt, Set.of(known)::contains))
                .isEqualTo(new PriorSend.NotFound());
        assertThat(sms.lookUp(message, attempt, sid -> false))
                .isEqualTo(new PriorSend.Found(known, "queued"));
    }

    @Test
    void theListIsReadPageByPageAsTwilioPagesIt() {
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, twilio.baseUrl()),
                        new SmsSenderId.PhoneNumber("+447700900123"));
        Instant attempt = Instant.parse("2026-12-01T10:00:00Z");
        String wanted =
                twilio.alreadyTook(
                        "+447700900456", "+447700900123", "the one", attempt.plusSeconds(1));
        for (int i = 0; i < 120; i++) {
            twilio.alreadyTook(
                    "+447700900456", "+447700900123", "later " + i, attempt.plusSeconds(10 + i));
        }

        assertThat(
                        sms.lookUp(
                                new SmsMessage("+447700900456", "the one", CALLBACK),
                                attempt,
                                sid -> false))
                .isEqualTo(new PriorSend.Found(wanted, "queued"));
        assertThat(twilio.listRequests())
                .hasSize(3)
                .extracting(query -> query.get("Page"))
                .containsExactly(null, "1", "2");
    }

    @Test
    void filteringTheListByDateSentWouldMissAMessageTwilioStillHoldsWhichIsWhyLookUpDoesNot() {
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, twilio.baseUrl()),
                        new SmsSenderId.PhoneNumber("+447700900123"));
        Instant attempt = Instant.now().minusSeconds(5);
        String queued =
                twilio.alreadyTook("+447700900456", "+447700900123", "Hi", attempt.plusSeconds(1));
        com.twilio.http.TwilioRestClient client =
                new com.twilio.http.TwilioRestClient.Builder(SID, TOKEN)
                        .httpClient(new TwilioHttpClient(twilio.baseUrl(), TwilioTimeouts.DEFAULT))
                        .build();

        var byDateSent =
                com.twilio.rest.api.v2010.account.Message.reader()
                        .setTo("+447700900456")
                        .setDateSentAfter(attempt.atZone(java.time.ZoneOffset.UTC))
                        .read(client);

        assertThat(byDateSent).as("date_sent is null until Twilio sends it").isEmpty();
        assertThat(twilio.listRequests().get(0)).containsKey("DateSent>");
        assertThat(
                        sms.lookUp(
                                new SmsMessage("+447700900456", "Hi", CALLBACK),
                                attempt,
                                sid -> false))
                .isEqualTo(new PriorSend.Found(queued, "queued"));
    }

    @Test
    void whenTwilioCannotBeAskedTheAnswerIsUnknownNotNotFound() {
        URI closed = twilio.baseUrl();
        twilio.close();
        TwilioSms sms =
                new TwilioSms(
                        new TwilioAccount(SID, TOKEN, closed),
                        new SmsSenderId.PhoneNumber("+447700900123"));

        assertThat(
                        sms.lookUp(
                                new SmsMessage("+447700900456", "Hi", CALLBACK),
                                Instant.now(),
                                sid -> false))
                .isInstanceOf(PriorSend.Unknown.class);
    }

    @Test
    void printingAMessageRevealsNeitherNumberNorText() {
        assertThat(new SmsMessage("+447700900456", "I feel low today", CALLBACK).toString())
                .doesNotContain("447700900456")
                .doesNotContain("low");
    }
}
