package org.whatmatters.notifications.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.whatmatters.notifications.workingtime.TeamHours.LONDON;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeTest {

    private final WorkingTime team =
            new WorkingTime(
                    TeamHours.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                    BankHolidays.bundled());

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @ParameterizedTest(name = "{0}: {1} + {2} working days = {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Friday afternoon, the weekend skipped            | 2026-11-13T16:00 | 2 | 2026-11-17T16:00
            Thursday before Easter 2026 (Good Friday 3 Apr, Easter Monday 6 Apr) | 2026-04-02T15:00 | 2 | 2026-04-08T15:00
            Christmas Eve 2026 (25th, weekend, substitute Boxing Day 28th) | 2026-12-24T10:00 | 2 | 2026-12-30T10:00
            Christmas 2027 (substitutes 27th and 28th)        | 2027-12-24T11:00 | 1 | 2027-12-29T11:00
            Saturday counts from Monday's opening            | 2026-11-14T11:00 | 2 | 2026-11-18T09:00
            before opening counts from that day's opening    | 2026-11-17T07:30 | 2 | 2026-11-19T09:00
            closing time itself is after hours               | 2026-11-13T17:00 | 2 | 2026-11-18T09:00
            evening after close counts from next opening     | 2026-11-13T21:45 | 1 | 2026-11-17T09:00
            on a bank holiday counts from the next working day | 2026-04-06T10:00 | 2 | 2026-04-09T09:00
            within hours on an ordinary Wednesday            | 2026-11-18T09:00 | 2 | 2026-11-20T09:00
            zero days is where counting starts               | 2026-11-14T11:00 | 0 | 2026-11-16T09:00
            New Year 2027 (Friday 1 Jan)                      | 2026-12-31T12:30 | 1 | 2027-01-04T12:30
            """)
    void addsWorkingDaysInTeamHours(String why, String start, int days, String expected) {
        assertThat(team.plusWorkingDays(london(start), days)).as(why).isEqualTo(london(expected));
    }

    @Test
    void acrossTheOctober2026ClockChangeTheWallClockTimeIsKept() {
        // BST ends at 02:00 on Sunday 25 October 2026: Friday 16:00 BST is 15:00 UTC, Tuesday 16:00
        // GMT is 16:00 UTC
        Instant friday = Instant.parse("2026-10-23T15:00:00Z");

        Instant due = team.plusWorkingDays(friday, 2);

        assertThat(due).isEqualTo(Instant.parse("2026-10-27T16:00:00Z"));
        assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(97));
    }

    @Test
    void acrossTheMarch2027ClockChangeTheWallClockTimeIsKept() {
        // BST starts at 01:00 UTC on Sunday 28 March 2027, which is also after Easter Monday 29
        // March 2027
        Instant thursday = Instant.parse("2027-03-25T10:00:00Z"); // 10:00 GMT

        assertThat(team.plusWorkingDays(thursday, 1))
                .isEqualTo(Instant.parse("2027-03-30T09:00:00Z")); // 10:00 BST
    }

    @Test
    void aTeamThatWorksOnlySaturdaysCountsSaturdaysInItsOwnHours() {
        WorkingTime saturdayClinic =
                new WorkingTime(
                        new TeamHours(
                                LONDON,
                                EnumSet.of(DayOfWeek.SATURDAY),
                                LocalTime.of(10, 0),
                                LocalTime.of(14, 0)),
                        BankHolidays.of(Map.of()));

        assertThat(saturdayClinic.plusWorkingDays(london("2026-11-13T16:00"), 1))
                .isEqualTo(london("2026-11-21T10:00"));
    }

    @Test
    void inHoursIsOpeningInclusiveClosingExclusiveAndNeverOnABankHoliday() {
        assertThat(team.isInHours(london("2026-11-17T09:00"))).isTrue();
        assertThat(team.isInHours(london("2026-11-17T16:59"))).isTrue();
        assertThat(team.isInHours(london("2026-11-17T17:00"))).isFalse();
        assertThat(team.isInHours(london("2026-12-28T11:00")))
                .as("substitute Boxing Day")
                .isFalse();
        assertThat(team.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void refusesNegativeDaysAndHoursThatCloseBeforeTheyOpen() {
        assertThatThrownBy(() -> team.plusWorkingDays(Instant.EPOCH, -1))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> TeamHours.weekdays(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .hasMessageContaining("close after");
        assertThatThrownBy(
                        () ->
                                new TeamHours(
                                        LONDON, Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .hasMessageContaining("at least one day");
    }

    @Test
    void theResultIsAlwaysInHoursForSeededRandomStarts() {
        Random random = new Random(20261122L);
        ZonedDateTime base = ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, LONDON);
        for (int i = 0; i < 2_000; i++) {
            Instant start = base.plusMinutes(random.nextInt(4 * 365 * 24 * 60)).toInstant();
            int days = random.nextInt(6);
            Instant due = team.plusWorkingDays(start, days);
            assertThat(team.isInHours(due)).as("%s + %d", start, days).isTrue();
            assertThat(due).isAfterOrEqualTo(start);
            assertThat(due.atZone(LONDON).toLocalTime())
                    .isEqualTo(team.inHoursFrom(start).atZone(LONDON).toLocalTime());
        }
    }
}
