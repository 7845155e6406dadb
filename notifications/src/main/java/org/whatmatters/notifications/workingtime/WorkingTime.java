package org.whatmatters.notifications.workingtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Working-time arithmetic for one team, for routine escalation ("not acknowledged in 2 working
 * days").
 *
 * <p>Definitions, all in the team's zone:
 *
 * <ul>
 *   <li>A <b>working day</b> is a day of the week the team works ({@link TeamHours#days()}) that is
 *       not a bank holiday ({@link BankHolidays}).
 *   <li>A moment is <b>in hours</b> when it falls on a working day, at or after the opening time
 *       and before the closing time (a 09:00-17:00 team is in hours at 09:00 and 16:59, not at
 *       17:00).
 *   <li>Counting starts at the alert itself if it is in hours, otherwise at the next opening:
 *       before opening on a working day, that day's opening; after closing, at a weekend or on a
 *       bank holiday, the opening of the next working day.
 *   <li><b>N working days later</b> is that starting point's local time of day on the N-th working
 *       day after its date. Friday 16:00 plus 2 working days is Tuesday 16:00 (Monday is the first,
 *       Tuesday the second); Saturday 11:00 plus 2 is Wednesday 09:00 (counting starts Monday
 *       09:00). The team has had exactly N full working days of its hours to act, however the
 *       calendar falls.
 * </ul>
 *
 * Local times are turned into instants with the zone's rules of that date, so a clock change in
 * between moves the result by the hour (16:00 stays 16:00 on the wall clock, whether BST or GMT). A
 * local time that does not exist on the day (inside a spring-forward gap) moves forward by the gap;
 * in an autumn overlap the earlier instant is taken.
 *
 * <p>Immutable and thread-safe; no clock inside: the caller passes the moment the alert was raised.
 */
public final class WorkingTime {

    private final TeamHours hours;
    private final BankHolidays holidays;

    public WorkingTime(TeamHours hours, BankHolidays holidays) {
        this.hours = Objects.requireNonNull(hours, "hours");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** Whether the team works on {@code date}: one of its days, and not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return hours.worksOn(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    /** Whether {@code moment} falls within the team's hours on a working day. */
    public boolean isInHours(Instant moment) {
        ZonedDateTime local = moment.atZone(hours.zone());
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate())
                && !time.isBefore(hours.opens())
                && time.isBefore(hours.closes());
    }

    /** {@code moment} itself if it is in hours, otherwise the next time the team opens. */
    public Instant inHoursFrom(Instant moment) {
        if (isInHours(moment)) {
            return moment;
        }
        ZonedDateTime local = moment.atZone(hours.zone());
        LocalDate date = local.toLocalDate();
        if (isWorkingDay(date) && local.toLocalTime().isBefore(hours.opens())) {
            return at(date, hours.opens());
        }
        return at(nextWorkingDayAfter(date), hours.opens());
    }

    /**
     * The moment {@code days} working days after {@code start}, as defined above; with 0, where
     * counting starts.
     */
    public Instant plusWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException(
                    "working days to add must not be negative, was " + days);
        }
        ZonedDateTime from = inHoursFrom(start).atZone(hours.zone());
        LocalDate date = from.toLocalDate();
        for (int i = 0; i < days; i++) {
            date = nextWorkingDayAfter(date);
        }
        return days == 0 ? from.toInstant() : at(date, from.toLocalTime());
    }

    private LocalDate nextWorkingDayAfter(LocalDate date) {
        // ends: the team works on some day of the week and the bank holidays are finitely many
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), hours.zone(), null).toInstant();
    }
}
