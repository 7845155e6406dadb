package org.whatmatters.backend.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV, one line per figure ({@code report,table,row,column,value}; a row's labels
 * joined by " / "), so the same numbers as the JSON can be read by any spreadsheet. No cell can
 * start a formula: one beginning with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe (OWASP's advice for CSV injection).
 */
final class ReportCsv {

    static final List<String> HEADER = List.of("report", "table", "row", "column", "value");
    static final String LABEL_SEPARATOR = " / ";

    private ReportCsv() {}

    static String of(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(HEADER);
            for (ReportTable table : report.tables()) {
                for (ReportTable.Row row : table.rows()) {
                    for (int i = 0; i < table.columns().size(); i++) {
                        Object value = row.values().get(i);
                        csv.printRecord(
                                safe(report.report()),
                                safe(table.name()),
                                safe(String.join(LABEL_SEPARATOR, row.labels())),
                                safe(table.columns().get(i)),
                                safe(value == null ? "" : String.valueOf(value)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as text a spreadsheet shows and never runs. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
