package org.whatmatters.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.whatmatters.notifications.delivery.DeliveryChannel.EMAIL;
import static org.whatmatters.notifications.delivery.DeliveryChannel.PUSH;
import static org.whatmatters.notifications.delivery.DeliveryChannel.SMS;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FallbackOrderTest {

    private static final Set<DeliveryChannel> ALL = EnumSet.allOf(DeliveryChannel.class);
    private static final DeliveryResult.Failed UNREGISTERED =
            new DeliveryResult.Failed("unregistered", "gone", false);
    private static final DeliveryResult.Failed UNAVAILABLE =
            new DeliveryResult.Failed("unavailable", "later", true);

    private final FallbackOrder order = FallbackOrder.PUSH_SMS_EMAIL;
    private final RetryPolicy threeAttempts =
            new RetryPolicy(3, Duration.ofSeconds(30), 4, Duration.ofHours(1));

    @Test
    void startsWithTheFirstChannelTheRecipientHas() {
        assertThat(order.first(ALL)).contains(PUSH);
        assertThat(order.first(EnumSet.of(EMAIL, SMS))).contains(SMS);
        assertThat(order.first(Set.of())).isEmpty();
    }

    @Test
    void anUnregisteredDeviceMovesStraightToSms() {
        assertThat(order.afterFailure(PUSH, UNREGISTERED, 1, threeAttempts, ALL))
                .isEqualTo(new NextStep.Fallback(SMS));
    }

    @Test
    void aFailedSmsMovesToEmail() {
        DeliveryResult.Failed undelivered =
                new DeliveryResult.Failed("30003", "Unreachable destination handset", false);

        assertThat(order.afterFailure(SMS, undelivered, 1, threeAttempts, ALL))
                .isEqualTo(new NextStep.Fallback(EMAIL));
    }

    @Test
    void aPassingFailureIsRetriedOnTheSameChannelUntilItsAttemptsAreUsed() {
        assertThat(order.afterFailure(PUSH, UNAVAILABLE, 1, threeAttempts, ALL))
                .isEqualTo(new NextStep.Retry(PUSH, Duration.ofSeconds(30)));
        assertThat(order.afterFailure(PUSH, UNAVAILABLE, 2, threeAttempts, ALL))
                .isEqualTo(new NextStep.Retry(PUSH, Duration.ofMinutes(2)));
        assertThat(order.afterFailure(PUSH, UNAVAILABLE, 3, threeAttempts, ALL))
                .isEqualTo(new NextStep.Fallback(SMS));
    }

    @Test
    void channelsTheRecipientLacksAreSkipped() {
        assertThat(
                        order.afterFailure(
                                PUSH, UNREGISTERED, 1, threeAttempts, EnumSet.of(PUSH, EMAIL)))
                .isEqualTo(new NextStep.Fallback(EMAIL));
    }

    @Test
    void afterTheLastChannelThereIsNothingLeftAndEarlierChannelsAreNotTriedAgain() {
        DeliveryResult.Failed rejected = new DeliveryResult.Failed("smtp-550", "refused", false);

        assertThat(order.afterFailure(EMAIL, rejected, 1, threeAttempts, ALL))
                .isEqualTo(new NextStep.GiveUp());
        assertThat(order.nextAfter(EMAIL, ALL)).isEqualTo(Optional.empty());
    }

    @Test
    void aDifferentOrderIsFollowed() {
        FallbackOrder smsFirst = FallbackOrder.of(SMS, EMAIL, PUSH);

        assertThat(smsFirst.nextAfter(SMS, ALL)).contains(EMAIL);
        assertThat(smsFirst.nextAfter(EMAIL, ALL)).contains(PUSH);
    }

    @Test
    void refusesOrdersThatNameAChannelTwiceOrNone() {
        assertThatThrownBy(() -> FallbackOrder.of(SMS, EMAIL, SMS)).hasMessageContaining("once");
        assertThatThrownBy(FallbackOrder::of).hasMessageContaining("at least one");
        assertThatThrownBy(() -> FallbackOrder.of(SMS).nextAfter(PUSH, ALL))
                .hasMessageContaining("not in the fallback order");
    }
}
