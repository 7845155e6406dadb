package org.whatmatters.notifications.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * What to do after an attempt on one channel failed: the answer of {@link
 * FallbackOrder#afterFailure}.
 */
public sealed interface NextStep {

    /** Try the same channel again after {@code delay}: the failure may pass and attempts remain. */
    record Retry(DeliveryChannel channel, Duration delay) implements NextStep {
        public Retry {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(delay, "delay");
        }
    }

    /**
     * Give up on the failed channel and send on {@code channel}, the next one the recipient has.
     */
    record Fallback(DeliveryChannel channel) implements NextStep {
        public Fallback {
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** Nothing is left to try: the recipient could not be reached, which must be made visible. */
    record GiveUp() implements NextStep {}
}
