package org.whatmatters.backend.coordinator;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A team's working days as people write them: {@code MON-FRI}, {@code MON;WED;FRI}, {@code Mon-Fri,
 * Sat}, full names or their first three letters or more (TUES, THURS) in any case, values separated
 * by ';' or ',', ranges with '-' (a range may wrap past Sunday: {@code FRI-MON}). Stored and
 * exported in one form, Monday first, runs of three or more days as a range: {@code MON-FRI},
 * {@code MON;FRI-SUN}.
 */
final class WorkingDays {

    /** The days, or why the text does not say which. */
    record Read(Set<DayOfWeek> days, String problem) {

        boolean ok() {
            return problem == null;
        }
    }

    private WorkingDays() {}

    static Read read(String text) {
        if (text == null || text.isBlank()) {
            return new Read(Set.of(), "is required, e.g. MON-FRI or MON;TUE;THU");
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split("[;,]")) {
            String value = part.trim();
            if (value.isEmpty()) {
                continue;
            }
            String[] ends = value.split("\\s*[-\u2013]\\s*", -1);
            DayOfWeek from = day(ends[0]);
            DayOfWeek to = ends.length == 2 ? day(ends[1]) : from;
            if (ends.length > 2 || from == null || to == null) {
                return new Read(
                        Set.of(),
                        "'"
                                + value
                                + "' is not a day or a range of days (MON, TUE, WED, THU, FRI, SAT, SUN; MON-FRI)");
            }
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                days.add(day);
                if (day == to) {
                    break;
                }
            }
        }
        if (days.isEmpty()) {
            return new Read(Set.of(), "is required, e.g. MON-FRI or MON;TUE;THU");
        }
        return new Read(Set.copyOf(days), null);
    }

    /**
     * The stored form: Monday first, runs of three or more days as a range ({@code MON-FRI;SUN}).
     */
    static String format(Set<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] week = DayOfWeek.values();
        int i = 0;
        while (i < week.length) {
            if (!days.contains(week[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < week.length && days.contains(week[end + 1])) {
                end++;
            }
            if (end - i >= 2) {
                parts.add(abbreviation(week[i]) + "-" + abbreviation(week[end]));
            } else {
                for (int d = i; d <= end; d++) {
                    parts.add(abbreviation(week[d]));
                }
            }
            i = end + 1;
        }
        return String.join(";", parts);
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static DayOfWeek day(String text) {
        String word = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (word.length() >= 3 && day.name().startsWith(word)) { // MON, TUES, THURS, SATURDAY
                return day;
            }
        }
        return null;
    }
}
