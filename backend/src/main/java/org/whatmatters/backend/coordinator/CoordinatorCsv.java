package org.whatmatters.backend.coordinator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.whatmatters.backend.directory.CsvProblem;
import org.whatmatters.backend.directory.CsvSheet;
import org.whatmatters.backend.directory.FieldChecks;
import org.whatmatters.backend.directory.NameKey;
import org.whatmatters.backend.staff.StaffAccount;

/**
 * Coordinators as CSV, one a row: {@code name,team,phone,email,preferred_channel,staff_username}.
 * The team is named by its name in the directory (import the teams first); {@code staff_username},
 * the coordinator's own COORDINATOR login, may be left out. Problems name the CSV's columns.
 */
final class CoordinatorCsv {

    static final List<String> REQUIRED =
            List.of("name", "team", "phone", "email", "preferred_channel");
    static final List<String> OPTIONAL = List.of("staff_username");

    /** The CSV column of each API field the rules name. */
    private static final Map<String, String> COLUMNS =
            Map.of(
                    "teamId",
                    "team",
                    "preferredChannel",
                    "preferred_channel",
                    "staffAccountId",
                    "staff_username");

    private CoordinatorCsv() {}

    /**
     * A row's fields, its team and login looked up by name; a team or login that is not there is a
     * problem of the row, and so is a login that is not a COORDINATOR's.
     */
    static CoordinatorFields fields(
            CsvSheet.Row row,
            Map<String, CareTeam> teamsByKey,
            Function<String, Optional<StaffAccount>> accounts,
            List<CsvProblem> problems) {
        String teamName = FieldChecks.text(row.get("team"));
        CareTeam team = teamName == null ? null : teamsByKey.get(NameKey.of(teamName));
        if (teamName == null) {
            problems.add(
                    new CsvProblem(row.line(), "team", "is required: the name of their care team"));
        } else if (team == null) {
            problems.add(
                    new CsvProblem(
                            row.line(),
                            "team",
                            "no care team is called '" + teamName + "' (import the teams first)"));
        }
        String username = FieldChecks.text(row.get("staff_username"));
        Long accountId = null;
        if (username != null) {
            Optional<StaffAccount> account = accounts.apply(username);
            if (account.isEmpty()) {
                problems.add(
                        new CsvProblem(
                                row.line(),
                                "staff_username",
                                "no staff account '" + username + "'"));
            } else {
                accountId = account.get().id();
            }
        }
        return new CoordinatorFields(
                row.get("name"),
                team == null ? null : team.id(),
                row.get("phone"),
                row.get("email"),
                row.get("preferred_channel"),
                accountId);
    }

    /** The CSV column of an API field ({@code teamId} is {@code team}). */
    static String column(String field) {
        return COLUMNS.getOrDefault(field, field);
    }

    static String write(
            List<Coordinator> coordinators,
            Function<Long, String> teamName,
            Function<Long, String> username) {
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(OPTIONAL);
        return CsvSheet.write(
                header,
                coordinators.stream()
                        .map(
                                coordinator ->
                                        Arrays.asList(
                                                coordinator.name(),
                                                teamName.apply(coordinator.teamId()),
                                                PhoneField.international(coordinator.phone()),
                                                coordinator.email(),
                                                coordinator.preferredChannel().name(),
                                                coordinator.staffAccountId() == null
                                                        ? null
                                                        : username.apply(
                                                                coordinator.staffAccountId())))
                        .toList());
    }
}
