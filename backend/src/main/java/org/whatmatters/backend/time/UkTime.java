package org.whatmatters.backend.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as staff say and read them: UK local time (Europe/London, GMT or BST as it falls). Stored
 * times stay UTC instants; only what a person types or reads is local.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** "Tue 1 Dec 2026, 10:30": what the console shows and messages say. */
    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    /** "Tue 1 Dec, 10:30": for lists within the year. */
    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    /** "2026-12-01T10:30": what an HTML datetime-local field holds and the API takes. */
    private static final DateTimeFormatter FIELD =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private UkTime() {}

    public static String readable(Instant at) {
        return READABLE.format(at.atZone(ZONE));
    }

    public static String brief(Instant at) {
        return SHORT.format(at.atZone(ZONE));
    }

    public static String field(Instant at) {
        return FIELD.format(at.atZone(ZONE));
    }

    /** A local time someone gave, as the instant it means in the UK. */
    public static Instant instant(LocalDateTime local) {
        return ZonedDateTime.of(local, ZONE).toInstant();
    }
}
