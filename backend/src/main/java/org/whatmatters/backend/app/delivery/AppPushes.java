package org.whatmatters.backend.app.delivery;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.backend.push.PushSetup;
import org.whatmatters.notifications.delivery.DeliveryResult;
import org.whatmatters.notifications.delivery.RetryPolicy;
import org.whatmatters.notifications.push.PushMessage;
import org.whatmatters.notifications.push.RetryingPush;

/**
 * Pushes to the app through Firebase (FIREBASE_CREDENTIALS), with retries for 429/500/503 (4
 * attempts, 1 s doubling, or FCM's Retry-After). Empty when push is not configured.
 */
@Singleton
class AppPushes {

    static final RetryPolicy POLICY =
            new RetryPolicy(4, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));

    private final Optional<RetryingPush> push;

    AppPushes(PushSetup setup, RetryingPush.Pause pause) {
        this.push = setup.firebase().map(app -> new RetryingPush(app, POLICY, pause));
    }

    boolean enabled() {
        return push.isPresent();
    }

    /**
     * A push that says only that there is a new message: the text given (a catalog text), no
     * content, no name.
     */
    DeliveryResult newMessage(String fcmToken, String text) {
        return push.orElseThrow()
                .send(new PushMessage(fcmToken, text, "", Map.of("kind", "new-message"), false));
    }
}
