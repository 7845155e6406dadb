package org.whatmatters.backend.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An exported cell a spreadsheet would run as a formula comes out as text, and imports back as it
 * was.
 */
class CsvSheetEscapingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+447700900123",
                "-2+3",
                "@SUM(A1:A9)",
                "\tcmd",
                "\r=1+1"
            })
    void aFormulaCellIsEscapedAndReadsBackUnchanged(String value) throws IOException {
        String csv = CsvSheet.write(List.of("name", "duty_phone"), List.of(List.of("Team", value)));

        CSVRecord row = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords().get(1);
        assertThat(row.get(1)).isEqualTo("'" + value);
        assertThat(
                        CsvSheet.read(csv, List.of("name", "duty_phone"), List.of())
                                .rows()
                                .get(0)
                                .get("duty_phone"))
                .isEqualTo(value);
    }

    @Test
    void ordinaryCellsAreLeftAlone() throws IOException {
        String csv =
                CsvSheet.write(List.of("name"), List.of(List.of("North team"), List.of("O'Neill")));
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(rows.get(1).get(0)).isEqualTo("North team");
        assertThat(rows.get(2).get(0)).isEqualTo("O'Neill");
    }
}
