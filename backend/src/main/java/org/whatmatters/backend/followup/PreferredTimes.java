package org.whatmatters.backend.followup;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The days and times a person said suit them (contact-preferences: {@code contact_days} weekdays /
 * weekends / any, {@code contact_times} mornings 9-12 / afternoons 12-5 / early evenings 5-8 /
 * any), as a window for {@link ContactTimes}. Quiet hours still apply on top.
 */
final class PreferredTimes {

    private PreferredTimes() {}

    static ContactTimes apply(ContactTimes quietHours, Map<String, String> facts) {
        Set<DayOfWeek> days =
                switch (facts.getOrDefault("contact_days", "any")) {
                    case "weekdays" -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
                    case "weekends" -> EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    default -> EnumSet.allOf(DayOfWeek.class);
                };
        return switch (facts.getOrDefault("contact_times", "any")) {
            case "mornings" -> quietHours.preferring(days, LocalTime.of(9, 0), LocalTime.NOON);
            case "afternoons" -> quietHours.preferring(days, LocalTime.NOON, LocalTime.of(17, 0));
            case "evenings" ->
                    quietHours.preferring(days, LocalTime.of(17, 0), LocalTime.of(20, 0));
            default -> quietHours.preferring(days, LocalTime.MIN, LocalTime.MAX);
        };
    }
}
