package org.whatmatters.backend.followup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a contact may happen: the first moment at or after it is due that is outside quiet hours and
 * inside the person's preferred days and times, reckoned in the service's zone (Europe/London), so
 * a contact due at 01:30 on a clock-change night lands at the right hour whichever way the clocks
 * went.
 *
 * @param quietFrom start of quiet hours, local time (e.g. 20:00)
 * @param quietUntil end of quiet hours, local time (e.g. 09:00); may be earlier than quietFrom
 *     (overnight)
 * @param days the days the person is happy to be contacted (all days when they did not say)
 * @param from the start of their preferred time of day (inclusive)
 * @param until the end of their preferred time of day (exclusive)
 */
public record ContactTimes(
        ZoneId zone,
        LocalTime quietFrom,
        LocalTime quietUntil,
        Set<DayOfWeek> days,
        LocalTime from,
        LocalTime until) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public ContactTimes {
        days = days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException(
                    "a preferred time of day must start before it ends: " + from + "-" + until);
        }
    }

    /** Quiet hours only: any day, any time outside them. */
    public static ContactTimes quietHours(LocalTime quietFrom, LocalTime quietUntil) {
        return new ContactTimes(
                LONDON,
                quietFrom,
                quietUntil,
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.MIN,
                LocalTime.MAX);
    }

    /** The same quiet hours with the person's preferred days and times of day. */
    public ContactTimes preferring(
            Set<DayOfWeek> preferredDays, LocalTime preferredFrom, LocalTime preferredUntil) {
        return new ContactTimes(
                zone, quietFrom, quietUntil, preferredDays, preferredFrom, preferredUntil);
    }

    /**
     * The first allowed moment at or after {@code due}. Looks at most two weeks ahead; there is
     * always one.
     */
    public Instant firstAllowedAt(Instant due) {
        ZonedDateTime candidate = due.atZone(zone);
        for (int day = 0; day < 15; day++) {
            LocalDate date = candidate.toLocalDate();
            if (days.contains(date.getDayOfWeek())) {
                LocalTime earliest = day == 0 ? candidate.toLocalTime() : LocalTime.MIN;
                LocalTime start = earliest.isAfter(from) ? earliest : from;
                LocalTime allowed = firstOutsideQuiet(start);
                if (allowed != null && allowed.isBefore(until) && !allowed.isBefore(from)) {
                    // ZonedDateTime.of moves a time in a spring-forward gap forward, and picks the
                    // earlier of two in an overlap
                    ZonedDateTime at = ZonedDateTime.of(LocalDateTime.of(date, allowed), zone);
                    if (!at.toInstant().isBefore(due)) {
                        return at.toInstant();
                    }
                }
            }
            candidate = ZonedDateTime.of(date.plusDays(1).atStartOfDay(), zone);
        }
        throw new IllegalStateException(
                "no allowed time within two weeks of " + due + " for " + this);
    }

    /**
     * When a contact falls due: {@code after} the delivery, counted in local days, so a clock
     * change does not shift it; to the minute, as people plan calls.
     */
    public Instant due(Instant delivered, java.time.Period after) {
        return delivered
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .atZone(zone)
                .plus(after)
                .toInstant();
    }

    /** LATER / NOT NOW: the first allowed moment from the next day on. */
    public Instant nextWindowTomorrow(Instant now) {
        LocalDate tomorrow = now.atZone(zone).toLocalDate().plusDays(1);
        return firstAllowedAt(ZonedDateTime.of(tomorrow.atStartOfDay(), zone).toInstant());
    }

    /**
     * The first time of day at or after {@code time} that is not in quiet hours, or null if none
     * that day.
     */
    private LocalTime firstOutsideQuiet(LocalTime time) {
        if (!quiet(time)) {
            return time;
        }
        // in quiet hours: they end at quietUntil, today if that is still ahead
        return quietUntil.isAfter(time) ? quietUntil : null;
    }

    private boolean quiet(LocalTime time) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }
}
