package org.whatmatters.notifications.push;

import com.google.firebase.FirebaseApp;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.FirebaseMessagingException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.whatmatters.notifications.delivery.DeliveryResult;
import org.whatmatters.notifications.delivery.RetryPolicy;

/**
 * Pushes through {@link FirebasePush} and tries again, with backoff, when FCM answers 429 (quota),
 * 500 (internal) or a 503 that outlasted the SDK's own retries (the SDK retries only 503). A {@code
 * Retry-After} FCM sends is honoured (capped at {@link #MAX_RETRY_AFTER}); the policy's delay is
 * used when it sends none. Refusals that will never pass ({@code unregistered}, {@code
 * invalid-token}, ...) are returned at once for the caller to drop the token.
 */
public final class RetryingPush {

    /** Waits between attempts; a test passes one that records instead of sleeping. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(1);
    private static final Set<String> RETRIED = Set.of("quota-exceeded", "internal", "unavailable");

    private final FirebasePush push;
    private final RetryPolicy policy;
    private final Pause pause;

    public RetryingPush(FirebaseApp app, RetryPolicy policy, Pause pause) {
        this.push = new FirebasePush(app);
        this.policy = policy;
        this.pause = pause;
    }

    public DeliveryResult send(PushMessage message) {
        int attempts = 0;
        while (true) {
            attempts++;
            DeliveryResult.Failed failed;
            Optional<Duration> retryAfter;
            try {
                return new DeliveryResult.Accepted(push.sendOrThrow(message), "accepted");
            } catch (FirebaseMessagingException e) {
                failed = FirebasePush.failure(e);
                retryAfter = retryAfter(e.getHttpResponse());
            }
            Optional<Duration> next = policy.delayAfter(attempts);
            if (!RETRIED.contains(failed.errorCode()) || next.isEmpty()) {
                return failed;
            }
            try {
                pause.pause(
                        retryAfter
                                .map(
                                        after ->
                                                after.compareTo(MAX_RETRY_AFTER) > 0
                                                        ? MAX_RETRY_AFTER
                                                        : after)
                                .orElse(next.get()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed;
            }
        }
    }

    /** FCM's Retry-After in seconds (the form it sends), if any. */
    static Optional<Duration> retryAfter(IncomingHttpResponse response) {
        if (response == null) {
            return Optional.empty();
        }
        Object value = response.getHeaders().get("retry-after");
        if (value instanceof Iterable<?> values && values.iterator().hasNext()) {
            value = values.iterator().next();
        }
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.toString().trim());
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException dateForm) {
            return Optional.empty();
        }
    }
}
