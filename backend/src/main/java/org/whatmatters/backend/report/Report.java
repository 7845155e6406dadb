package org.whatmatters.backend.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * One report for a period (UK local days, {@code from} included, {@code to} included) and an
 * organisation (null: all organisations). {@code suppressed}: counts of 1 to 4, and medians and
 * percentiles of fewer than 5 people, read "fewer than 5"; free text is given only where nothing is
 * suppressed (inside the organisation).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(
        String report,
        String title,
        LocalDate from,
        LocalDate to,
        @Nullable Long organisationId,
        boolean suppressed,
        List<String> notes,
        List<ReportTable> tables,
        List<FreeText> freeText) {

    /** A person's own words, listed for reading inside their organisation only: never leaves it. */
    @Serdeable
    public record FreeText(int contact, String question, String answer) {}

    public ReportTable table(String name) {
        return tables.stream()
                .filter(table -> table.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("no table " + name + " in " + report));
    }
}
