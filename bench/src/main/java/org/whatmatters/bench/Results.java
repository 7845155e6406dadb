package org.whatmatters.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A markdown table, printed and written to {@code bench/results/<name>.md}. */
final class Results {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Results(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    void row(Object... cells) {
        rows.add(Arrays.stream(cells).map(String::valueOf).toList());
        System.out.println(title + ": " + String.join(" | ", rows.get(rows.size() - 1)));
    }

    void note(String note) {
        notes.add(note);
        System.out.println(title + ": " + note);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        out.append("Run ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append(
                        " (load generator); the machine was shared, so read ratios, not absolute figures.\n\n");
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> out.append("---|"));
        out.append('\n');
        rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.append('\n').toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown());
            System.out.println("written " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    static String f1(double value) {
        return String.format("%.1f", value);
    }

    static String f2(double value) {
        return String.format("%.2f", value);
    }
}
