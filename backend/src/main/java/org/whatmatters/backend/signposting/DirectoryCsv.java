package org.whatmatters.backend.signposting;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The directory as CSV (Apache Commons CSV), one entry a row under the header {@link #HEADER}; the
 * multi-valued columns (categories, areas, languages, tags) hold values separated by ';'. Reading reports
 * problems of shape as {@code line N, field F: problem}; what the values mean is {@link ServiceRules}' job.
 */
final class DirectoryCsv {

    static final List<String> HEADER = List.of("name", "categories", "areas", "languages", "phone", "web", "hours", "description", "tags");

    /** One data row and the line of the file it starts on. */
    record Row(int line, ServiceFields fields) {
    }

    /** The rows that could be read, and what was wrong with the file's shape. */
    record Read(List<Row> rows, List<CsvProblem> problems) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private DirectoryCsv() {
    }

    private static CsvProblem problem(int line, String field, String problem) {
        return new CsvProblem(line, field, problem);
    }

    static Read read(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv; // a spreadsheet's byte-order mark
        List<Row> rows = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        int line = 1;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> columns = records.hasNext() ? columns(records.next(), problems) : Map.of();
            if (columns.isEmpty() && problems.isEmpty()) {
                problems.add(problem(1, "header", "the file is empty; its first line must be " + String.join(",", HEADER)));
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
                    problems.add(problem(line, "row", "has " + record.size() + " values where the header has " + columns.size()));
                    continue;
                }
                rows.add(new Row(line, fields(record, columns)));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(problem(line, "row", "is not valid CSV (" + cause + "); it and the lines after it were not read"));
        }
        return new Read(rows, problems);
    }

    private static Map<String, Integer> columns(CSVRecord header, List<CsvProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!HEADER.contains(column)) {
                problems.add(problem(1, "header", "unknown column '" + header.get(i) + "' (the columns are " + String.join(",", HEADER) + ")"));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(problem(1, "header", "column '" + column + "' appears twice"));
            }
        }
        HEADER.stream().filter(column -> !columns.containsKey(column))
                .forEach(column -> problems.add(problem(1, "header", "column '" + column + "' is missing")));
        return columns;
    }

    private static ServiceFields fields(CSVRecord record, Map<String, Integer> columns) {
        return new ServiceFields(
                record.get(columns.get("name")),
                SemicolonList.split(record.get(columns.get("categories"))),
                SemicolonList.split(record.get(columns.get("areas"))),
                SemicolonList.split(record.get(columns.get("languages"))),
                record.get(columns.get("phone")),
                record.get(columns.get("web")),
                record.get(columns.get("hours")),
                record.get(columns.get("description")),
                SemicolonList.split(record.get(columns.get("tags"))));
    }

    static String write(List<LocalService> services) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(HEADER);
            for (LocalService service : services) {
                printer.printRecord(service.name(), SemicolonList.join(service.categories()), SemicolonList.join(service.areas()),
                        SemicolonList.join(service.languages()), blank(service.phone()), blank(service.web()), blank(service.hours()),
                        blank(service.description()), SemicolonList.join(service.tags()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
