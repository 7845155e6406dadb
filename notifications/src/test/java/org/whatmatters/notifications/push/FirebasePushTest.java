package org.whatmatters.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.whatmatters.notifications.delivery.DeliveryResult;

class FirebasePushTest {

    private static final String FCM_SEND =
            "https://fcm.googleapis.com/v1/projects/test-project/messages:send";
    private static final String TOKEN = "dGVzdC1kZXZpY2UtdG9rZW4:APA91bFakeButWellFormedToken";

    private final ObjectMapper json = new ObjectMapper();
    private final FcmWire fcm = new FcmWire("test-project");
    private FirebaseApp app;
    private FirebasePush push;

    @BeforeEach
    void start(TestInfo test) {
        FirebaseOptions options =
                FirebaseOptions.builder()
                        .setCredentials(
                                GoogleCredentials.create(
                                        new AccessToken(
                                                "test-access-token",
                                                Date.from(Instant.parse("2099-01-01T00:00:00Z")))))
                        .setProjectId("test-project")
                        .setHttpTransport(fcm)
                        .build();
        app = FirebaseApp.initializeApp(options, test.getDisplayName() + "-" + UUID.randomUUID());
        push = new FirebasePush(app);
    }

    @AfterEach
    void stop() {
        app.delete();
    }

    private static PushMessage alert(boolean urgent) {
        return new PushMessage(
                TOKEN,
                "WhatMatters: urgent",
                "Someone you support needs contact. Open the app to see.",
                Map.of(
                        "notificationId",
                        "n-42",
                        "link",
                        "https://whatmatters.example.org/staff/notifications/n-42"),
                urgent);
    }

    @Test
    void postsTokenNotificationAndDataToTheProjectsSendEndpointAndReturnsFcmsMessageName()
            throws Exception {
        fcm.succeedNext("0:1500415314455276%31bd1c9631bd1c96");

        DeliveryResult result = push.send(alert(true));

        assertThat(result)
                .isEqualTo(
                        new DeliveryResult.Accepted(
                                "projects/test-project/messages/0:1500415314455276%31bd1c9631bd1c96",
                                "accepted"));
        assertThat(fcm.sent())
                .singleElement()
                .satisfies(
                        sent -> {
                            assertThat(sent.method()).isEqualTo("POST");
                            assertThat(sent.url()).isEqualTo(FCM_SEND);
                            assertThat(sent.authorization()).isEqualTo("Bearer test-access-token");
                        });
        JsonNode message = json.readTree(fcm.sent().get(0).body()).get("message");
        assertThat(message.get("token").asText()).isEqualTo(TOKEN);
        assertThat(message.at("/notification/title").asText()).isEqualTo("WhatMatters: urgent");
        assertThat(message.at("/notification/body").asText())
                .isEqualTo("Someone you support needs contact. Open the app to see.");
        assertThat(json.convertValue(message.get("data"), Map.class))
                .isEqualTo(
                        Map.of(
                                "notificationId",
                                "n-42",
                                "link",
                                "https://whatmatters.example.org/staff/notifications/n-42"));
        assertThat(message.at("/android/priority").asText()).isEqualTo("high");
        assertThat(message.at("/apns/headers/apns-priority").asText()).isEqualTo("10");
    }

    @Test
    void aRoutineAlertGoesAtNormalPriority() throws Exception {
        push.send(alert(false));

        JsonNode message = json.readTree(fcm.sent().get(0).body()).get("message");
        assertThat(message.at("/android/priority").asText()).isEqualTo("normal");
        assertThat(message.at("/apns/headers/apns-priority").asText()).isEqualTo("5");
    }

    @Test
    void anUnregisteredTokenIsNotRetriedAndSaysSo() {
        fcm.failNext(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found.");

        assertThat(push.send(alert(true)))
                .isEqualTo(
                        new DeliveryResult.Failed(
                                "unregistered", "the device token is no longer registered", false));
        assertThat(fcm.sent()).hasSize(1);
    }

    @Test
    void anInvalidTokenIsNotRetried() {
        fcm.failNext(
                400,
                "INVALID_ARGUMENT",
                "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token");

        DeliveryResult.Failed failed = (DeliveryResult.Failed) push.send(alert(true));

        assertThat(failed.errorCode()).isEqualTo("invalid-token");
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void aTokenOfAnotherProjectIsNotRetried() {
        fcm.failNext(403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH", "SenderId mismatch");

        DeliveryResult.Failed failed = (DeliveryResult.Failed) push.send(alert(true));

        assertThat(failed.errorCode()).isEqualTo("sender-id-mismatch");
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void unavailableWithALongRetryAfterIsHandedBackAsRetryableAtOnce() {
        fcm.failNext(
                503,
                "UNAVAILABLE",
                "UNAVAILABLE",
                "The service is currently unavailable.",
                "Retry-After",
                "120");

        assertThat(push.send(alert(true)))
                .isEqualTo(new DeliveryResult.Failed("unavailable", "FCM is unavailable", true));
        assertThat(fcm.sent()).hasSize(1);
    }

    @Test
    void theSdkRetriesAShortUnavailableItselfBeforeAnsweringSoOneCallMayBeSeveralRequests() {
        fcm.failNext(503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently unavailable.")
                .succeedNext("0:after-retry");

        DeliveryResult result = push.send(alert(true));

        assertThat(result)
                .isEqualTo(
                        new DeliveryResult.Accepted(
                                "projects/test-project/messages/0:after-retry", "accepted"));
        assertThat(fcm.sent()).hasSize(2);
    }

    @Test
    void internalErrorsAndExceededQuotaAreRetryable() {
        fcm.failNext(500, "INTERNAL", "INTERNAL", "Internal error encountered.")
                .failNext(
                        429,
                        "RESOURCE_EXHAUSTED",
                        "QUOTA_EXCEEDED",
                        "Quota exceeded for quota metric");

        DeliveryResult.Failed internal = (DeliveryResult.Failed) push.send(alert(true));
        DeliveryResult.Failed quota = (DeliveryResult.Failed) push.send(alert(true));

        assertThat(internal.errorCode()).isEqualTo("internal");
        assertThat(internal.retryable()).isTrue();
        assertThat(quota.errorCode()).isEqualTo("quota-exceeded");
        assertThat(quota.retryable()).isTrue();
        assertThat(fcm.sent()).as("neither is retried inside the SDK").hasSize(2);
    }

    @Test
    void aBrokenConnectionIsARetryableNetworkFailure() {
        fcm.breakNext();

        DeliveryResult.Failed failed = (DeliveryResult.Failed) push.send(alert(true));

        assertThat(failed.errorCode()).isEqualTo("network");
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void printingAPushRevealsNeitherTokenNorText() {
        assertThat(alert(true).toString())
                .doesNotContain(TOKEN)
                .doesNotContain("needs contact")
                .doesNotContain("n-42");
    }
}
