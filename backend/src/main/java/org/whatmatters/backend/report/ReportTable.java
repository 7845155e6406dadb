package org.whatmatters.backend.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a report: rows named by their labels (a stage, a channel and an outcome, ...), each
 * with a value per column. A value is a count (whole number), a number of days (one decimal), the
 * text "fewer than 5" where small numbers are suppressed, or null where nothing can be said (a
 * median of nobody).
 */
@Serdeable
public record ReportTable(
        String name, String title, List<String> labels, List<String> columns, List<Row> rows) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(List<String> labels, List<@Nullable Object> values) {}

    public ReportTable {
        labels = List.copyOf(labels);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A table being filled in, row by row. */
    public static Builder of(String name, String title, List<String> labels, List<String> columns) {
        return new Builder(name, title, labels, columns);
    }

    /**
     * The value in the row with these labels and this column (tests and the CSV read it this way).
     */
    public @Nullable Object value(List<String> rowLabels, String column) {
        int index = columns.indexOf(column);
        return rows.stream()
                .filter(row -> row.labels().equals(rowLabels))
                .findFirst()
                .map(row -> row.values().get(index))
                .orElseThrow(
                        () -> new IllegalArgumentException("no row " + rowLabels + " in " + name));
    }

    public static final class Builder {
        private final String name;
        private final String title;
        private final List<String> labels;
        private final List<String> columns;
        private final List<Row> rows = new ArrayList<>();

        private Builder(String name, String title, List<String> labels, List<String> columns) {
            this.name = name;
            this.title = title;
            this.labels = labels;
            this.columns = columns;
        }

        public Builder row(List<String> rowLabels, Object... values) {
            if (rowLabels.size() != labels.size() || values.length != columns.size()) {
                throw new IllegalArgumentException(
                        name
                                + ": a row needs "
                                + labels.size()
                                + " labels and "
                                + columns.size()
                                + " values");
            }
            rows.add(new Row(List.copyOf(rowLabels), java.util.Arrays.asList(values)));
            return this;
        }

        public ReportTable build() {
            return new ReportTable(name, title, labels, columns, rows);
        }
    }
}
