package org.whatmatters.backend.coordinator;

import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.whatmatters.backend.directory.Checked;
import org.whatmatters.backend.directory.FieldChecks;
import org.whatmatters.backend.directory.FieldProblem;

/**
 * The rules every care team keeps, from the API or a CSV row: a name and organisation, a duty
 * worker who can be reached (phone, email or both), working days, and hours that close after they
 * open on the same day.
 */
@Singleton
class TeamRules {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("H:mm");
    static final int NAME_MAX = 200;

    private final PhoneField phones;

    TeamRules(PhoneField phones) {
        this.phones = phones;
    }

    Checked<TeamFields> check(TeamFields raw) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = FieldChecks.requiredText("name", raw.name(), NAME_MAX, problems);
        String organisation =
                FieldChecks.requiredText("organisation", raw.organisation(), 200, problems);
        String dutyPhone = phones.check("dutyPhone", raw.dutyPhone(), problems);
        String dutyEmail = FieldChecks.email("dutyEmail", raw.dutyEmail(), problems);
        if (FieldChecks.text(raw.dutyPhone()) == null
                && FieldChecks.text(raw.dutyEmail()) == null) {
            problems.add(
                    new FieldProblem(
                            "dutyPhone",
                            "give a duty phone, a duty email or both, so the duty worker can be reached"));
        }
        WorkingDays.Read days = WorkingDays.read(raw.workingDays());
        if (!days.ok()) {
            problems.add(new FieldProblem("workingDays", days.problem()));
        }
        LocalTime opens = time("opensAt", raw.opensAt(), problems);
        LocalTime closes = time("closesAt", raw.closesAt(), problems);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add(
                    new FieldProblem(
                            "closesAt",
                            "must be after opensAt on the same day ("
                                    + time(opens)
                                    + "), was "
                                    + time(closes)));
        }
        TeamFields tidied =
                new TeamFields(
                        name,
                        organisation,
                        dutyPhone,
                        dutyEmail,
                        days.ok() ? WorkingDays.format(days.days()) : null,
                        opens == null ? null : time(opens),
                        closes == null ? null : time(closes),
                        Boolean.TRUE.equals(raw.defaultForCrisis()));
        return new Checked<>(tidied, List.copyOf(problems));
    }

    /** A local time as the API and CSV show it: {@code 09:00}. */
    static String time(LocalTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static LocalTime time(String field, String raw, List<FieldProblem> problems) {
        String value = FieldChecks.text(raw);
        if (value == null) {
            problems.add(new FieldProblem(field, "is required, a UK local time like 09:00"));
            return null;
        }
        try {
            return value.length() > 5
                    ? LocalTime.parse(value).truncatedTo(ChronoUnit.MINUTES)
                    : LocalTime.parse(value, HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            problems.add(
                    new FieldProblem(field, "'" + value + "' is not a time like 09:00 or 17:30"));
            return null;
        }
    }
}
