package org.whatmatters.notifications.delivery;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The order in which channels are tried for one notification, for example push, then SMS, then
 * email.
 *
 * <p>Which failure moves to the next channel: a failure that is not retryable (an unregistered
 * device, an invalid number, an SMTP 5xx rejection, a Twilio {@code failed}/{@code undelivered}
 * status), or a retryable one that has used up its attempts under the channel's {@link
 * RetryPolicy}. A retryable failure with attempts left is retried on the same channel. Channels the
 * recipient has no address for are skipped, and a channel is never tried twice: only channels later
 * in the order are candidates.
 */
public record FallbackOrder(List<DeliveryChannel> channels) {

    /** Push first (cheapest, for staff with the app), then SMS, then email. */
    public static final FallbackOrder PUSH_SMS_EMAIL =
            new FallbackOrder(
                    List.of(DeliveryChannel.PUSH, DeliveryChannel.SMS, DeliveryChannel.EMAIL));

    public FallbackOrder {
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a fallback order needs at least one channel");
        }
        if (EnumSet.copyOf(channels).size() != channels.size()) {
            throw new IllegalArgumentException(
                    "a fallback order names each channel once, was " + channels);
        }
    }

    public static FallbackOrder of(DeliveryChannel... channels) {
        return new FallbackOrder(List.of(channels));
    }

    /**
     * The channel to try first for a recipient who can be reached on {@code available}; empty if
     * none.
     */
    public Optional<DeliveryChannel> first(Set<DeliveryChannel> available) {
        return channels.stream().filter(available::contains).findFirst();
    }

    /**
     * The channel to try once {@code failed} has been given up on: the next one in this order that
     * the recipient has; empty if none is left.
     *
     * @throws IllegalArgumentException if {@code failed} is not in this order (it could not have
     *     been tried)
     */
    public Optional<DeliveryChannel> nextAfter(
            DeliveryChannel failed, Set<DeliveryChannel> available) {
        int index = channels.indexOf(Objects.requireNonNull(failed, "failed"));
        if (index < 0) {
            throw new IllegalArgumentException(
                    failed + " is not in the fallback order " + channels);
        }
        return channels.subList(index + 1, channels.size()).stream()
                .filter(available::contains)
                .findFirst();
    }

    /**
     * What to do after an attempt on {@code channel} failed with {@code failure}, when {@code
     * attemptsMade} attempts (this one included) have been made on that channel.
     */
    public NextStep afterFailure(
            DeliveryChannel channel,
            DeliveryResult.Failed failure,
            int attemptsMade,
            RetryPolicy retry,
            Set<DeliveryChannel> available) {
        if (failure.retryable()) {
            Optional<Duration> delay = retry.delayAfter(attemptsMade);
            if (delay.isPresent()) {
                return new NextStep.Retry(channel, delay.get());
            }
        }
        return nextAfter(channel, available)
                .<NextStep>map(NextStep.Fallback::new)
                .orElseGet(NextStep.GiveUp::new);
    }
}
