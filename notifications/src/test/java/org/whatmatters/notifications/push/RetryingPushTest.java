package org.whatmatters.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.whatmatters.notifications.delivery.DeliveryResult;
import org.whatmatters.notifications.delivery.RetryPolicy;

/**
 * Our retries on top of the SDK's: 429 and 500 (the SDK retries only 503), with Retry-After
 * honoured.
 */
class RetryingPushTest {

    private static final String TOKEN = "dGVzdC1kZXZpY2UtdG9rZW4:APA91bFakeButWellFormedToken";

    private final FcmWire fcm = new FcmWire("test-project");
    private final List<Duration> pauses = new ArrayList<>();
    private FirebaseApp app;
    private RetryingPush push;

    @BeforeEach
    void start(TestInfo test) {
        app =
                FirebaseApp.initializeApp(
                        FirebaseOptions.builder()
                                .setCredentials(
                                        GoogleCredentials.create(
                                                new AccessToken(
                                                        "test-access-token",
                                                        Date.from(
                                                                Instant.parse(
                                                                        "2099-01-01T00:00:00Z")))))
                                .setProjectId("test-project")
                                .setHttpTransport(fcm)
                                .build(),
                        test.getDisplayName() + "-" + UUID.randomUUID());
        push =
                new RetryingPush(
                        app,
                        new RetryPolicy(4, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30)),
                        pauses::add);
    }

    @AfterEach
    void stop() {
        app.delete();
    }

    private static PushMessage newMessage() {
        return new PushMessage(
                TOKEN,
                "You have a new message. Open the app to read it.",
                "",
                Map.of("kind", "new-message"),
                false);
    }

    @Test
    void a503ThenA200IsSentOnceTheSdksOwnRetryDoesIt() {
        fcm.failNext(503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently unavailable.")
                .succeedNext("0:ok");

        DeliveryResult result = push.send(newMessage());

        assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(fcm.sent()).hasSize(2);
        assertThat(pauses).as("the SDK retried it, not us").isEmpty();
    }

    @Test
    void a429IsTriedAgainAfterItsRetryAfter() {
        fcm.failNext(
                        429,
                        "RESOURCE_EXHAUSTED",
                        "QUOTA_EXCEEDED",
                        "Quota exceeded.",
                        "Retry-After",
                        "7")
                .succeedNext("0:ok");

        DeliveryResult result = push.send(newMessage());

        assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(fcm.sent()).hasSize(2);
        assertThat(pauses).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a500IsTriedAgainWithBackoffUntilTheAttemptsRunOut() {
        for (int i = 0; i < 4; i++) {
            fcm.failNext(500, "INTERNAL", "INTERNAL", "Internal error.");
        }

        DeliveryResult result = push.send(newMessage());

        assertThat(result)
                .isInstanceOfSatisfying(
                        DeliveryResult.Failed.class,
                        failed -> assertThat(failed.errorCode()).isEqualTo("internal"));
        assertThat(fcm.sent()).hasSize(4);
        assertThat(pauses)
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void unregisteredAndInvalidTokensAreNotTriedAgain() {
        fcm.failNext(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found.");
        assertThat(push.send(newMessage()))
                .isInstanceOfSatisfying(
                        DeliveryResult.Failed.class,
                        failed -> assertThat(failed.errorCode()).isEqualTo("unregistered"));
        fcm.failNext(
                400,
                "INVALID_ARGUMENT",
                "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token");
        assertThat(push.send(newMessage()))
                .isInstanceOfSatisfying(
                        DeliveryResult.Failed.class,
                        failed -> assertThat(failed.errorCode()).isEqualTo("invalid-token"));

        assertThat(fcm.sent()).hasSize(2);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aRetryAfterOfHoursIsCappedAtAMinute() {
        fcm.failNext(
                        429,
                        "RESOURCE_EXHAUSTED",
                        "QUOTA_EXCEEDED",
                        "Quota exceeded.",
                        "Retry-After",
                        "7200")
                .succeedNext("0:ok");

        push.send(newMessage());

        assertThat(pauses).containsExactly(RetryingPush.MAX_RETRY_AFTER);
    }
}
