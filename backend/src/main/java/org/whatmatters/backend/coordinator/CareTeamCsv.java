package org.whatmatters.backend.coordinator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whatmatters.backend.directory.CsvProblem;
import org.whatmatters.backend.directory.CsvSheet;

/**
 * Care teams as CSV, one a row: {@code
 * name,organisation,duty_phone,duty_email,working_days,opens_at,closes_at,default_for_crisis} (the
 * last column may be left out; yes/no). Problems name the CSV's columns.
 */
final class CareTeamCsv {

    static final List<String> REQUIRED =
            List.of(
                    "name",
                    "organisation",
                    "duty_phone",
                    "duty_email",
                    "working_days",
                    "opens_at",
                    "closes_at");
    static final List<String> OPTIONAL = List.of("default_for_crisis");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0");

    private CareTeamCsv() {}

    /**
     * A row's fields as written; a default_for_crisis that is neither yes nor no is a problem of
     * the row.
     */
    static TeamFields fields(CsvSheet.Row row, List<CsvProblem> problems) {
        String flag = row.get("default_for_crisis").trim().toLowerCase(Locale.ROOT);
        if (!YES.contains(flag) && !NO.contains(flag)) {
            problems.add(
                    new CsvProblem(
                            row.line(),
                            "default_for_crisis",
                            "'" + row.get("default_for_crisis") + "' is not yes or no"));
        }
        return new TeamFields(
                row.get("name"),
                row.get("organisation"),
                row.get("duty_phone"),
                row.get("duty_email"),
                row.get("working_days"),
                row.get("opens_at"),
                row.get("closes_at"),
                YES.contains(flag));
    }

    /** The CSV column of an API field ({@code dutyPhone} is {@code duty_phone}). */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    static String write(List<CareTeam> teams) {
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(OPTIONAL);
        return CsvSheet.write(
                header,
                teams.stream()
                        .map(
                                team ->
                                        Arrays.asList(
                                                team.name(),
                                                team.organisation(),
                                                PhoneField.international(team.dutyPhone()),
                                                team.dutyEmail(),
                                                team.workingDays(),
                                                TeamRules.time(team.opensAt()),
                                                TeamRules.time(team.closesAt()),
                                                team.defaultForCrisis() ? "yes" : "no"))
                        .toList());
    }
}
