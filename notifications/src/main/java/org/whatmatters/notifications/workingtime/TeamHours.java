package org.whatmatters.notifications.workingtime;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a team works: the same opening hours on each of its working days, in its time zone. A moment
 * is in hours when {@code opens <= local time < closes} on a working day that is not a bank
 * holiday.
 *
 * @param zone the team's zone, {@code Europe/London} for teams in England
 * @param days the days of the week the team works
 * @param opens the local time the team starts
 * @param closes the local time the team stops; after {@code opens} on the same day (no overnight
 *     hours)
 */
public record TeamHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public TeamHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a team works on at least one day of the week");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "a team's hours must close after they open on the same day, were "
                            + opens
                            + "-"
                            + closes);
        }
    }

    /** Monday to Friday, {@code opens} to {@code closes}, in Europe/London. */
    public static TeamHours weekdays(LocalTime opens, LocalTime closes) {
        return new TeamHours(
                LONDON, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), opens, closes);
    }

    public boolean worksOn(DayOfWeek day) {
        return days.contains(day);
    }
}
