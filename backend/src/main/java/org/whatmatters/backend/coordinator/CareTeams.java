package org.whatmatters.backend.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.directory.Checked;
import org.whatmatters.backend.directory.CsvImport;
import org.whatmatters.backend.directory.CsvProblem;
import org.whatmatters.backend.directory.CsvSheet;
import org.whatmatters.backend.directory.ImportResult;
import org.whatmatters.backend.directory.NameKey;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.NotFound;

/**
 * Keeping the care teams of the directory: one at a time or a whole CSV, always through {@link
 * TeamRules}. Names are unique ignoring case and accents, so an import updates the team it names.
 * Making a team the default for crisis takes it from whichever team had it.
 */
@Singleton
public class CareTeams {

    private static final Logger LOG = LoggerFactory.getLogger(CareTeams.class);

    private final CareTeamRepository teams;
    private final CoordinatorRepository coordinators;
    private final TeamRules rules;
    private final Clock clock;

    CareTeams(
            CareTeamRepository teams,
            CoordinatorRepository coordinators,
            TeamRules rules,
            Clock clock) {
        this.teams = teams;
        this.coordinators = coordinators;
        this.rules = rules;
        this.clock = clock;
    }

    /** Every team by name. */
    public List<CareTeam> list() {
        return teams.listOrderByName().stream()
                .sorted(Comparator.comparing(team -> NameKey.of(team.name())))
                .toList();
    }

    public Optional<CareTeam> find(long id) {
        return teams.findById(id);
    }

    @Transactional
    public CareTeam create(TeamFields fields, String actor) {
        TeamFields checked = checked(fields);
        refuseTakenName(checked.name(), null);
        CareTeam saved = store(CareTeam.from(checked, clock.instant()));
        LOG.info("care directory: {} added care team {}", actor, saved.id());
        return saved;
    }

    @Transactional
    public CareTeam update(long id, TeamFields fields, String actor) {
        CareTeam existing = teams.findById(id).orElseThrow(() -> notFound(id));
        TeamFields checked = checked(fields);
        refuseTakenName(checked.name(), id);
        CareTeam saved = store(existing.with(checked, clock.instant()));
        LOG.info("care directory: {} changed care team {}", actor, id);
        return saved;
    }

    /** Removes a team no coordinator belongs to any more (409 while some do). */
    @Transactional
    public void delete(long id, String actor) {
        CareTeam team = teams.findById(id).orElseThrow(() -> notFound(id));
        long members = coordinators.countByTeamId(id);
        if (members > 0) {
            throw new Conflict(
                    members
                            + (members == 1
                                    ? " coordinator still belongs"
                                    : " coordinators still belong")
                            + " to "
                            + team.name()
                            + ": move them to another team or remove them first");
        }
        teams.deleteById(id);
        LOG.info("care directory: {} removed care team {}", actor, id);
    }

    /**
     * Imports a care-team CSV ({@link CareTeamCsv}): each good row is added, or replaces the team
     * of the same name; a bad row is reported by line and field and nothing of it is stored.
     */
    @Transactional
    public ImportResult importCsv(String csv, String actor) {
        CsvSheet.Read read = CsvSheet.read(csv, CareTeamCsv.REQUIRED, CareTeamCsv.OPTIONAL);
        CsvImport result = new CsvImport(read.problems());
        Map<String, CareTeam> existing = teams.byNameKey();
        Map<String, Integer> lineOfName = new HashMap<>();
        Integer crisisLine = null;
        Instant now = clock.instant();
        for (CsvSheet.Row row : read.rows()) {
            List<CsvProblem> rowProblems = new ArrayList<>();
            Checked<TeamFields> checked = rules.check(CareTeamCsv.fields(row, rowProblems));
            rowProblems.addAll(CsvImport.at(row.line(), checked.problems(), CareTeamCsv::column));
            TeamFields fields = checked.fields();
            if (rowProblems.isEmpty()) {
                Integer first = lineOfName.putIfAbsent(NameKey.of(fields.name()), row.line());
                if (first != null) {
                    rowProblems.add(
                            new CsvProblem(
                                    row.line(),
                                    "name",
                                    "'"
                                            + fields.name()
                                            + "' is also on line "
                                            + first
                                            + "; give each team once"));
                } else if (fields.defaultForCrisis() && crisisLine != null) {
                    rowProblems.add(
                            new CsvProblem(
                                    row.line(),
                                    "default_for_crisis",
                                    "only one team can be the default for crisis, and line "
                                            + crisisLine
                                            + " already is"));
                }
            }
            if (!rowProblems.isEmpty()) {
                result.reject(rowProblems);
                continue;
            }
            if (fields.defaultForCrisis()) {
                crisisLine = row.line();
            }
            CareTeam old = existing.get(NameKey.of(fields.name()));
            result.apply(
                    old,
                    fields,
                    CareTeam::fields,
                    () -> store(CareTeam.from(fields, now)),
                    () -> store(old.with(fields, now)));
        }
        return result.result(actor, "care teams");
    }

    /** Every team as CSV, in the form {@link #importCsv} reads. */
    public String exportCsv() {
        return CareTeamCsv.write(list());
    }

    /** Saves the team; if it is the default for crisis, no other team is any more. */
    private CareTeam store(CareTeam team) {
        if (team.defaultForCrisis()) {
            teams.lockAll();
        }
        CareTeam saved = team.id() == null ? teams.save(team) : teams.update(team);
        if (saved.defaultForCrisis()) {
            teams.clearDefaultForCrisisExcept(saved.id(), saved.updatedAt());
        }
        return saved;
    }

    private TeamFields checked(TeamFields fields) {
        return rules.check(fields).orRefuse("the care team was not saved");
    }

    private void refuseTakenName(String name, @Nullable Long self) {
        CareTeam other = teams.byNameKey().get(NameKey.of(name));
        if (other != null && !other.id().equals(self)) {
            throw new Conflict("another care team is called " + name);
        }
    }

    static NotFound notFound(long id) {
        return new NotFound("no care team " + id);
    }
}
