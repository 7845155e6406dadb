package org.whatmatters.backend.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (Apache Commons CSV) with a header naming its columns, in any order, as the
 * directories' imports (care teams, coordinators, local services) read it. Reading reports problems
 * of shape (unknown or missing columns, rows of the wrong width, broken quoting) by line; what the
 * values mean is for the caller.
 */
public final class CsvSheet {

    /**
     * One data row: the line of the file it starts on and its values by column (absent optional
     * columns are "").
     */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /** The rows that could be read, and what was wrong with the file's shape. */
    public record Read(List<Row> rows, List<CsvProblem> problems) {}

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvSheet() {}

    /**
     * Reads {@code csv}, whose header must have every required column and may have the optional
     * ones.
     */
    public static Read read(String csv, List<String> required, List<String> optional) {
        String text =
                csv.startsWith("\uFEFF")
                        ? csv.substring(1)
                        : csv; // a spreadsheet's byte-order mark
        List<Row> rows = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        int line = 1;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> columns =
                    records.hasNext()
                            ? columns(records.next(), required, optional, problems)
                            : Map.of();
            if (columns.isEmpty() && problems.isEmpty()) {
                problems.add(
                        new CsvProblem(
                                1,
                                "header",
                                "the file is empty; its first line must be "
                                        + String.join(",", required)));
            }
            if (!problems.isEmpty()) {
                return new Read(List.of(), problems);
            }
            while (true) {
                line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (record.size() != columns.size()) {
                    problems.add(
                            new CsvProblem(
                                    line,
                                    "row",
                                    "has "
                                            + record.size()
                                            + " values where the header has "
                                            + columns.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                columns.forEach((column, index) -> values.put(column, unescape(record.get(index))));
                rows.add(new Row(line, values));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(
                    new CsvProblem(
                            line,
                            "row",
                            "is not valid CSV ("
                                    + cause
                                    + "); it and the lines after it were not read"));
        }
        return new Read(rows, problems);
    }

    private static Map<String, Integer> columns(
            CSVRecord header,
            List<String> required,
            List<String> optional,
            List<CsvProblem> problems) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!known.contains(column)) {
                problems.add(
                        new CsvProblem(
                                1,
                                "header",
                                "unknown column '"
                                        + header.get(i)
                                        + "' (the columns are "
                                        + String.join(",", known)
                                        + ")"));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(new CsvProblem(1, "header", "column '" + column + "' appears twice"));
            }
        }
        required.stream()
                .filter(column -> !columns.containsKey(column))
                .forEach(
                        column ->
                                problems.add(
                                        new CsvProblem(
                                                1,
                                                "header",
                                                "column '" + column + "' is missing")));
        return columns;
    }

    /**
     * The header and the rows as CSV, each null value written as an empty field, and each value a
     * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return: CSV
     * injection) escaped with a leading apostrophe, which spreadsheets show as text. {@link #read}
     * takes that apostrophe off again, so an export imports back unchanged (a duty phone {@code
     * +44...} included).
     */
    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(CsvSheet::escape).toList());
            for (List<String> row : rows) {
                printer.printRecord(
                        row.stream().map(value -> value == null ? "" : escape(value)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String escape(String value) {
        return runsAsFormula(value, 0) ? "'" + value : value;
    }

    static String unescape(String value) {
        return value.startsWith("'") && runsAsFormula(value, 1) ? value.substring(1) : value;
    }

    private static boolean runsAsFormula(String value, int at) {
        return value.length() > at && "=+-@\t\r".indexOf(value.charAt(at)) >= 0;
    }
}
