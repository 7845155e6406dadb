package org.whatmatters.notifications.push;

import com.google.firebase.ErrorCode;
import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import java.io.IOException;
import org.whatmatters.notifications.delivery.DeliveryResult;

/**
 * Sends push notifications through the Firebase Admin SDK (FCM HTTP v1) with a given {@link
 * FirebaseApp}. Thread-safe; logs nothing itself.
 *
 * <p>Results: {@link DeliveryResult.Accepted} with FCM's message name ({@code
 * projects/<project>/messages/<id>}, status {@code accepted}), or {@link DeliveryResult.Failed}:
 *
 * <ul>
 *   <li>not retryable, the token will never work: {@code unregistered} (the app was removed or the
 *       token expired; drop the token), {@code invalid-token} (FCM's {@code INVALID_ARGUMENT}),
 *       {@code sender-id-mismatch};
 *   <li>not retryable, configuration: {@code third-party-auth} (APNs credentials), {@code
 *       unauthenticated}, {@code permission-denied}, and any other refusal;
 *   <li>retryable: {@code unavailable}, {@code internal}, {@code quota-exceeded}, {@code network}.
 * </ul>
 *
 * The SDK itself retries a 503 up to four times (0.5 s doubling, or after a {@code Retry-After} of
 * at most a minute) before reporting {@code unavailable}, so one call can take several seconds.
 */
public final class FirebasePush {

    private final FirebaseMessaging messaging;

    public FirebasePush(FirebaseApp app) {
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    public DeliveryResult send(PushMessage push) {
        try {
            return new DeliveryResult.Accepted(messaging.send(build(push)), "accepted");
        } catch (FirebaseMessagingException e) {
            return failure(e);
        }
    }

    /**
     * The same, the SDK's exception unmapped (for {@link RetryingPush}, which reads its HTTP
     * response).
     */
    String sendOrThrow(PushMessage push) throws FirebaseMessagingException {
        return messaging.send(build(push));
    }

    static Message build(PushMessage push) {
        return Message.builder()
                .setToken(push.token())
                .setNotification(
                        Notification.builder().setTitle(push.title()).setBody(push.body()).build())
                .putAllData(push.data())
                .setAndroidConfig(
                        AndroidConfig.builder()
                                .setPriority(
                                        push.urgent()
                                                ? AndroidConfig.Priority.HIGH
                                                : AndroidConfig.Priority.NORMAL)
                                .build())
                .setApnsConfig(
                        ApnsConfig.builder()
                                .putHeader("apns-priority", push.urgent() ? "10" : "5")
                                .setAps(Aps.builder().build())
                                .build())
                .build();
    }

    static DeliveryResult.Failed failure(FirebaseMessagingException e) {
        MessagingErrorCode fcm = e.getMessagingErrorCode();
        if (fcm != null) {
            return switch (fcm) {
                case UNREGISTERED ->
                        failed("unregistered", "the device token is no longer registered", false);
                case INVALID_ARGUMENT ->
                        failed(
                                "invalid-token",
                                "FCM refused the token or message as invalid",
                                false);
                case SENDER_ID_MISMATCH ->
                        failed(
                                "sender-id-mismatch",
                                "the token belongs to another Firebase project",
                                false);
                case THIRD_PARTY_AUTH_ERROR ->
                        failed(
                                "third-party-auth",
                                "APNs or web push credentials were refused",
                                false);
                case QUOTA_EXCEEDED ->
                        failed("quota-exceeded", "FCM's sending quota is exceeded", true);
                case UNAVAILABLE -> failed("unavailable", "FCM is unavailable", true);
                case INTERNAL -> failed("internal", "FCM had an internal error", true);
            };
        }
        if (e.getHttpResponse() == null && e.getCause() instanceof IOException) {
            return failed("network", "FCM could not be reached", true);
        }
        ErrorCode platform = e.getErrorCode();
        return switch (platform) {
            case INVALID_ARGUMENT ->
                    failed("invalid-token", "FCM refused the token or message as invalid", false);
            case NOT_FOUND -> failed("unregistered", "FCM does not know the token", false);
            case UNAVAILABLE -> failed("unavailable", "FCM is unavailable", true);
            case INTERNAL -> failed("internal", "FCM had an internal error", true);
            case RESOURCE_EXHAUSTED ->
                    failed("quota-exceeded", "FCM's sending quota is exceeded", true);
            case DEADLINE_EXCEEDED, ABORTED, UNKNOWN ->
                    failed("network", "the FCM request did not complete", true);
            case UNAUTHENTICATED ->
                    failed(
                            "unauthenticated",
                            "FCM refused the service account's credentials",
                            false);
            case PERMISSION_DENIED ->
                    failed(
                            "permission-denied",
                            "the service account may not send for this project",
                            false);
            default ->
                    failed(
                            platform.name().toLowerCase().replace('_', '-'),
                            "FCM refused the message",
                            false);
        };
    }

    private static DeliveryResult.Failed failed(String code, String reason, boolean retryable) {
        return new DeliveryResult.Failed(code, reason, retryable);
    }
}
