package org.whatmatters.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(5, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(2));

    @ParameterizedTest(name = "after {0} attempt(s) wait {1} s")
    @CsvSource({
        "1, 10", // first retry
        "2, 30", "3, 90", "4, 120", // 270 s capped at 2 minutes
    })
    void waitsLongerEachTimeUpToTheCap(int attemptsMade, long seconds) {
        assertThat(policy.delayAfter(attemptsMade)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({"5", "6"})
    void givesUpAfterTheLastAttempt(int attemptsMade) {
        assertThat(policy.delayAfter(attemptsMade)).isEqualTo(Optional.empty());
    }

    @org.junit.jupiter.api.Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 2, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(
                        () -> new RetryPolicy(3, Duration.ofMinutes(5), 2, Duration.ofMinutes(1)))
                .hasMessageContaining("firstDelay");
    }
}
