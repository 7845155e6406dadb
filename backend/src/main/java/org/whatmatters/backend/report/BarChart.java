package org.whatmatters.backend.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of one column of a table, laid out on the server for an SVG the template
 * draws: each bar hatched (a pattern, so it reads without colour) and labelled with its row and its
 * number, so nothing depends on colour or on reading a scale. A suppressed value gets no bar and
 * says "fewer than 5".
 */
record BarChart(String title, String column, int width, int height, List<Bar> bars) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 300;
    static final int ROW_HEIGHT = 28;

    record Bar(String label, String value, int y, int barWidth, int textX) {}

    static BarChart of(ReportTable table) {
        String column = table.columns().get(0);
        double max = 1;
        for (ReportTable.Row row : table.rows()) {
            if (row.values().get(0) instanceof Number number) {
                max = Math.max(max, number.doubleValue());
            }
        }
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (ReportTable.Row row : table.rows()) {
            Object value = row.values().get(0);
            int width =
                    value instanceof Number number
                            ? (int) Math.round(number.doubleValue() / max * BAR_SPACE)
                            : 0;
            bars.add(
                    new Bar(
                            String.join(" / ", row.labels()),
                            value == null ? "none" : String.valueOf(value),
                            y,
                            width,
                            LABEL_WIDTH + width + 6));
            y += ROW_HEIGHT;
        }
        return new BarChart(
                table.title(),
                column,
                LABEL_WIDTH + BAR_SPACE + 110,
                Math.max(y, ROW_HEIGHT),
                bars);
    }
}
