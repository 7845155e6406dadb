package org.whatmatters.backend.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contact times in Europe/London: quiet hours 20:00-09:00, preferred windows, both clock changes,
 * LATER.
 */
class ContactTimesTest {

    private final ContactTimes quiet =
            ContactTimes.quietHours(LocalTime.of(20, 0), LocalTime.of(9, 0));

    private static Instant london(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), ContactTimes.LONDON).toInstant();
    }

    @ParameterizedTest(name = "due {0} London -> {1} UTC")
    @CsvSource({
        "2026-11-24T10:15, 2026-11-24T10:15:00Z", // winter, inside the day: as due
        "2026-11-24T19:59, 2026-11-24T19:59:00Z",
        "2026-11-24T20:00, 2026-11-25T09:00:00Z", // quiet from 20:00: next morning
        "2026-11-24T23:30, 2026-11-25T09:00:00Z",
        "2026-11-25T06:00, 2026-11-25T09:00:00Z",
        "2026-07-14T07:00, 2026-07-14T08:00:00Z", // summer: 09:00 BST is 08:00 UTC
        "2027-03-28T01:30, 2027-03-28T08:00:00Z", // spring forward: 01:30 does not exist; 09:00 BST
        "2026-10-25T01:30, 2026-10-25T09:00:00Z", // autumn: 01:30 happens twice; 09:00 GMT
    })
    void quietHoursInLondonAcrossBothClockChanges(String dueLocal, Instant expected) {
        assertThat(quiet.firstAllowedAt(london(dueLocal))).isEqualTo(expected);
    }

    @Test
    void aContactDueThreeDaysAfterADeliveryAt0130CountsLocalDaysOverTheSpringChange() {
        Instant delivered = london("2027-03-25T01:30");

        Instant due = quiet.due(delivered, Period.ofDays(3));

        assertThat(due)
                .as("01:30 on the 28th does not exist in London; the clocks jump to 02:30 BST")
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(quiet.firstAllowedAt(due)).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
    }

    @Test
    void preferredDaysAndTimesAreRespectedInsideQuietHours() {
        ContactTimes weekdayMornings =
                quiet.preferring(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(8, 0),
                        LocalTime.of(12, 0));

        // Friday 2026-11-27 14:00 is past the morning: next is Monday 09:00 (08:00-09:00 is quiet)
        assertThat(weekdayMornings.firstAllowedAt(london("2026-11-27T14:00")))
                .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(weekdayMornings.firstAllowedAt(london("2026-11-26T10:30")))
                .isEqualTo(Instant.parse("2026-11-26T10:30:00Z"));
        assertThat(weekdayMornings.firstAllowedAt(london("2026-11-28T10:30")))
                .as("Saturday")
                .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
    }

    @Test
    void eveningsPreferredButQuietFromEightLeavesSixToEight() {
        ContactTimes evenings =
                quiet.preferring(
                        EnumSet.noneOf(DayOfWeek.class), LocalTime.of(18, 0), LocalTime.of(22, 0));

        assertThat(evenings.firstAllowedAt(london("2026-11-24T19:30")))
                .isEqualTo(Instant.parse("2026-11-24T19:30:00Z"));
        assertThat(evenings.firstAllowedAt(london("2026-11-24T20:30")))
                .isEqualTo(Instant.parse("2026-11-25T18:00:00Z"));
    }

    @Test
    void laterMeansTheNextWindowTomorrow() {
        assertThat(quiet.nextWindowTomorrow(london("2026-11-24T11:00")))
                .isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(quiet.nextWindowTomorrow(london("2026-10-24T23:00")))
                .as("over the autumn change")
                .isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
    }

    @Test
    void aWindowThatNeverOpensIsRefused() {
        ContactTimes impossible =
                quiet.preferring(
                        EnumSet.noneOf(DayOfWeek.class), LocalTime.of(21, 0), LocalTime.of(23, 0));

        assertThatThrownBy(() -> impossible.firstAllowedAt(london("2026-11-24T10:00")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(
                        () ->
                                quiet.preferring(
                                        EnumSet.noneOf(DayOfWeek.class),
                                        LocalTime.of(12, 0),
                                        LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
