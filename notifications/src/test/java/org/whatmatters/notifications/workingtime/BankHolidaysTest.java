package org.whatmatters.notifications.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidaysTest {

    private final BankHolidays shipped = BankHolidays.bundled();

    @Test
    void theShippedFileHasTheSubstituteDaysGovUkListsAroundChristmas2026And2027() {
        assertThat(shipped.title(LocalDate.of(2026, 12, 25))).contains("Christmas Day");
        assertThat(shipped.title(LocalDate.of(2026, 12, 28))).contains("Boxing Day");
        assertThat(shipped.isHoliday(LocalDate.of(2026, 12, 26)))
                .as("Boxing Day 2026 is a Saturday")
                .isFalse();
        assertThat(shipped.title(LocalDate.of(2027, 12, 27))).contains("Christmas Day");
        assertThat(shipped.title(LocalDate.of(2027, 12, 28))).contains("Boxing Day");
        assertThat(shipped.title(LocalDate.of(2026, 4, 3))).contains("Good Friday");
        assertThat(shipped.title(LocalDate.of(2026, 4, 6))).contains("Easter Monday");
        assertThat(shipped.firstDate()).contains(LocalDate.of(2024, 1, 1));
        assertThat(shipped.lastDate()).contains(LocalDate.of(2027, 12, 28));
    }

    /**
     * A check on the hand-copied data, not a source of it: each year must hold exactly the eight
     * regular England-and-Wales bank holidays, with Easter from the Gregorian computus and weekend
     * days moved to the next weekdays. A typo in the file fails here.
     */
    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void eachShippedYearHoldsExactlyTheRegularHolidays(int year) {
        Set<LocalDate> inFile =
                shipped.all().keySet().stream()
                        .filter(d -> d.getYear() == year)
                        .collect(Collectors.toCollection(TreeSet::new));

        assertThat(inFile).containsExactlyElementsOf(regularHolidays(year));
    }

    @Test
    void loadsAnOperatorsFileAndIgnoresTheOtherDivisions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(
                file,
                """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                   {"title": "Early May bank holiday (VE day)", "date": "2020-05-08", "notes": "", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": [
                   {"title": "2nd January", "date": "2020-01-02", "notes": "", "bunting": true}]}}
                """);

        BankHolidays loaded = BankHolidays.load(file);

        assertThat(loaded.all()).containsOnlyKeys(LocalDate.of(2020, 5, 8));
        assertThat(loaded.isHoliday(LocalDate.of(2020, 1, 2))).isFalse();
    }

    @Test
    void malformedJsonIsReportedWithFileLineAndColumn() {
        assertThatThrownBy(
                        () ->
                                parse(
                                        "{\"england-and-wales\": {\n  \"events\": [ {\"date\": \"2026-01-01\" ]\n}}"))
                .isInstanceOf(InvalidBankHolidaysException.class)
                .hasMessageStartingWith("holidays.json:2:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aMissingDivisionIsNamed() {
        assertThatThrownBy(() -> parse("{\"scotland\": {\"events\": []}}"))
                .hasMessage(
                        "holidays.json: no \"england-and-wales\" division with an \"events\" list");
    }

    @Test
    void aBadDateNamesTheEventAndTheValue() {
        assertThatThrownBy(
                        () ->
                                parse(
                                        "{\"england-and-wales\": {\"events\": [{\"title\": \"a\", \"date\": \"2026-01-01\"},"
                                                + " {\"title\": \"b\", \"date\": \"2026-13-01\"}]}}"))
                .hasMessage(
                        "holidays.json: england-and-wales event 2 has date \"2026-13-01\", not a date as YYYY-MM-DD");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> BankHolidays.load(missing))
                .isInstanceOf(InvalidBankHolidaysException.class)
                .hasMessageStartingWith(missing + ": cannot be read");
    }

    private static BankHolidays parse(String json) {
        return BankHolidays.parse(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "holidays.json");
    }

    private static Set<LocalDate> regularHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(weekdayFrom(LocalDate.of(year, 1, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(weekdayFrom(LocalDate.of(year, Month.DECEMBER, 25), days));
        days.add(weekdayFrom(LocalDate.of(year, Month.DECEMBER, 26), days));
        return days;
    }

    /** The day itself, or if it is at a weekend, the next weekday not already a holiday. */
    private static LocalDate weekdayFrom(LocalDate day, Set<LocalDate> taken) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() >= 6 || taken.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4,
                k = c % 4,
                l = (32 + 2 * e + 2 * i - h - k) % 7,
                m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
