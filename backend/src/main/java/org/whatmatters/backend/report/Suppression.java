package org.whatmatters.backend.report;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression, as NHS statistics do it, so nobody can be recognised in a figure that
 * leaves the organisation: a count of 1 to 4 becomes "fewer than 5" (0 stays 0: it names nobody),
 * and a median or 90th percentile worked out from fewer than 5 people is withheld the same way (a
 * median of two people tells each one's time). Applies to every report an admin sees (all
 * organisations, or one that is not theirs) and to every export (the JSON API without {@code
 * audience=organisation}, and every CSV).
 */
final class Suppression {

    static final int THRESHOLD = 5;
    static final String FEWER_THAN_5 = "fewer than 5";

    private Suppression() {}

    /**
     * The table with its small counts withheld. Days columns carry their own count of people (see
     * {@link Statistic}).
     */
    static ReportTable apply(ReportTable table) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (ReportTable.Row row : table.rows()) {
            List<Object> values = new ArrayList<>();
            for (Object value : row.values()) {
                values.add(suppress(value));
            }
            rows.add(new ReportTable.Row(row.labels(), values));
        }
        return new ReportTable(table.name(), table.title(), table.labels(), table.columns(), rows);
    }

    private static @Nullable Object suppress(@Nullable Object value) {
        if (value instanceof Long count) {
            return count > 0 && count < THRESHOLD ? FEWER_THAN_5 : count;
        }
        if (value instanceof Statistic days) {
            return days.people() < THRESHOLD
                    ? (days.people() == 0 ? null : FEWER_THAN_5)
                    : days.value();
        }
        return value;
    }

    /** Inside the organisation: every figure as it is. */
    static ReportTable open(ReportTable table) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (ReportTable.Row row : table.rows()) {
            List<Object> values = new ArrayList<>();
            for (Object value : row.values()) {
                values.add(value instanceof Statistic days ? days.value() : value);
            }
            rows.add(new ReportTable.Row(row.labels(), values));
        }
        return new ReportTable(table.name(), table.title(), table.labels(), table.columns(), rows);
    }

    /**
     * A median or percentile (days or minutes) worked out from {@code people} people (null when
     * there were none).
     */
    record Statistic(@Nullable Double value, long people) {}
}
