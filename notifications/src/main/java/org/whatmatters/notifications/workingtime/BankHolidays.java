package org.whatmatters.notifications.workingtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bank holidays of England and Wales, read from a file in the format GOV.UK publishes at {@code
 * https://www.gov.uk/bank-holidays.json}: an object with an {@code "england-and-wales"} division
 * holding {@code events}, each with a {@code title} and a {@code date} (YYYY-MM-DD). Other
 * divisions are ignored. Dates are never computed here: a day is a bank holiday only if the file
 * says so.
 *
 * <p>The file in this library ({@link #BUNDLED}) is a copy of GOV.UK's data for the years it covers
 * ({@link #firstDate()} to {@link #lastDate()}); operators replace it with the live file ({@link
 * #load(Path)}) before it runs out. A date after {@link #lastDate()} is treated as an ordinary day,
 * which can only bring an escalation forward, never delay it.
 */
public final class BankHolidays {

    /** The classpath resource shipped with this library. */
    public static final String BUNDLED = "/bank-holidays/bank-holidays.json";

    /** The division read from the file. */
    public static final String DIVISION = "england-and-wales";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NavigableMap<LocalDate, String> titles;

    private BankHolidays(Map<LocalDate, String> titles) {
        this.titles = Collections.unmodifiableNavigableMap(new TreeMap<>(titles));
    }

    /** The data shipped with this library. */
    public static BankHolidays bundled() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return parse(in, "classpath:" + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + BUNDLED, e);
        }
    }

    /**
     * Reads a file in GOV.UK's format, for example the live one downloaded by an operator.
     *
     * @throws InvalidBankHolidaysException naming the file and the problem, if it is missing or
     *     malformed
     */
    public static BankHolidays load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new InvalidBankHolidaysException(file + ": cannot be read (" + e + ")", e);
        }
    }

    /**
     * Parses GOV.UK's format.
     *
     * @param source names the data in error messages (a file name)
     * @throws InvalidBankHolidaysException naming {@code source} and the problem
     */
    public static BankHolidays parse(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where =
                    at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InvalidBankHolidaysException(
                    where + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidBankHolidaysException(source + ": cannot be read (" + e + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidBankHolidaysException(
                    source + ": expected a JSON object with an \"" + DIVISION + "\" division");
        }
        JsonNode events = root.path(DIVISION).path("events");
        if (!events.isArray()) {
            throw new InvalidBankHolidaysException(
                    source + ": no \"" + DIVISION + "\" division with an \"events\" list");
        }
        if (events.isEmpty()) {
            throw new InvalidBankHolidaysException(
                    source + ": the \"" + DIVISION + "\" division lists no events");
        }
        Map<LocalDate, String> titles = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String what = source + ": " + DIVISION + " event " + (i + 1);
            JsonNode date = event.path("date");
            if (!date.isTextual()) {
                throw new InvalidBankHolidaysException(what + " has no \"date\"");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                throw new InvalidBankHolidaysException(
                        what + " has date \"" + date.asText() + "\", not a date as YYYY-MM-DD", e);
            }
            titles.put(day, event.path("title").asText(""));
        }
        return new BankHolidays(titles);
    }

    /** Exactly these dates; for tests and for data from elsewhere. */
    public static BankHolidays of(Map<LocalDate, String> titlesByDate) {
        titlesByDate.keySet().forEach(date -> Objects.requireNonNull(date, "date"));
        return new BankHolidays(titlesByDate);
    }

    public boolean isHoliday(LocalDate date) {
        return titles.containsKey(date);
    }

    /** What the day is called ("Easter Monday"), if it is a bank holiday. */
    public Optional<String> title(LocalDate date) {
        return Optional.ofNullable(titles.get(date));
    }

    /** Every bank holiday known, in date order, with its title. */
    public NavigableMap<LocalDate, String> all() {
        return titles;
    }

    /** The first bank holiday in the data, if any. */
    public Optional<LocalDate> firstDate() {
        return titles.isEmpty() ? Optional.empty() : Optional.of(titles.firstKey());
    }

    /**
     * The last bank holiday in the data: beyond it, the data says nothing. Start-up can warn when
     * it is near.
     */
    public Optional<LocalDate> lastDate() {
        return titles.isEmpty() ? Optional.empty() : Optional.of(titles.lastKey());
    }
}
