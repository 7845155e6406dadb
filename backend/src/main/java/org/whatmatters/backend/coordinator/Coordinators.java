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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.directory.Checked;
import org.whatmatters.backend.directory.CsvImport;
import org.whatmatters.backend.directory.CsvProblem;
import org.whatmatters.backend.directory.CsvSheet;
import org.whatmatters.backend.directory.ImportResult;
import org.whatmatters.backend.directory.NameKey;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.staff.StaffAccountRepository;

/**
 * Keeping the coordinators of the directory: one at a time or a whole CSV, always through {@link
 * CoordinatorRules}. A coordinator is known by name within a team (ignoring case and accents), so
 * an import updates the one it names; a login belongs to one coordinator at most.
 */
@Singleton
public class Coordinators {

    private static final Logger LOG = LoggerFactory.getLogger(Coordinators.class);

    private final CoordinatorRepository coordinators;
    private final CareTeamRepository teams;
    private final StaffAccountRepository accounts;
    private final CoordinatorRules rules;
    private final Clock clock;

    Coordinators(
            CoordinatorRepository coordinators,
            CareTeamRepository teams,
            StaffAccountRepository accounts,
            CoordinatorRules rules,
            Clock clock) {
        this.coordinators = coordinators;
        this.teams = teams;
        this.accounts = accounts;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Coordinators by name, with their teams' names; only one team's if {@code teamId} is given.
     */
    public List<CoordinatorView> list(@Nullable Long teamId) {
        if (teamId != null && !teams.existsById(teamId)) {
            throw Invalid.field("teamId", "no care team " + teamId);
        }
        List<Coordinator> found =
                teamId == null
                        ? coordinators.listOrderByName()
                        : coordinators.findByTeamIdOrderByName(teamId);
        return views(found);
    }

    public Optional<Coordinator> find(long id) {
        return coordinators.findById(id);
    }

    public CoordinatorView view(Coordinator coordinator) {
        return CoordinatorView.of(coordinator, teams.findById(coordinator.teamId()).orElseThrow());
    }

    List<CoordinatorView> views(List<Coordinator> found) {
        Map<Long, CareTeam> byId = teamsById();
        return found.stream()
                .map(coordinator -> CoordinatorView.of(coordinator, byId.get(coordinator.teamId())))
                .sorted(
                        Comparator.comparing((CoordinatorView view) -> NameKey.of(view.name()))
                                .thenComparing(view -> NameKey.of(view.team())))
                .toList();
    }

    @Transactional
    public Coordinator create(CoordinatorFields fields, String actor) {
        CoordinatorFields checked = checked(fields);
        refuseTaken(checked, null);
        Coordinator saved = coordinators.save(Coordinator.from(checked, clock.instant()));
        LOG.info(
                "care directory: {} added coordinator {} to team {}",
                actor,
                saved.id(),
                saved.teamId());
        return saved;
    }

    @Transactional
    public Coordinator update(long id, CoordinatorFields fields, String actor) {
        Coordinator existing = coordinators.findById(id).orElseThrow(() -> notFound(id));
        CoordinatorFields checked = checked(fields);
        refuseTaken(checked, id);
        Coordinator saved = coordinators.update(existing.with(checked, clock.instant()));
        LOG.info("care directory: {} changed coordinator {}", actor, id);
        return saved;
    }

    /**
     * Removes a coordinator no referral names (409 while one does: a person would silently lose
     * theirs).
     */
    @Transactional
    public void delete(long id, String actor) {
        Coordinator coordinator = coordinators.findById(id).orElseThrow(() -> notFound(id));
        long linked = coordinators.countReferralsLinkedTo(id);
        if (linked > 0) {
            throw new Conflict(
                    coordinator.name()
                            + " is the coordinator of "
                            + linked
                            + (linked == 1 ? " person" : " people")
                            + " in a referral: link them to someone else first");
        }
        coordinators.deleteById(id);
        LOG.info("care directory: {} removed coordinator {}", actor, id);
    }

    /**
     * Imports a coordinator CSV ({@link CoordinatorCsv}): each good row is added, or replaces the
     * coordinator of the same name in the same team; a bad row is reported by line and field and
     * nothing of it is stored.
     */
    @Transactional
    public ImportResult importCsv(String csv, String actor) {
        CsvSheet.Read read = CsvSheet.read(csv, CoordinatorCsv.REQUIRED, CoordinatorCsv.OPTIONAL);
        CsvImport result = new CsvImport(read.problems());
        Map<String, CareTeam> teamsByKey = teams.byNameKey();
        Map<String, Coordinator> existing = new HashMap<>();
        Map<Long, Coordinator> byAccount = new HashMap<>();
        coordinators
                .findAll()
                .forEach(
                        coordinator -> {
                            existing.put(
                                    naturalKey(coordinator.teamId(), coordinator.name()),
                                    coordinator);
                            if (coordinator.staffAccountId() != null) {
                                byAccount.put(coordinator.staffAccountId(), coordinator);
                            }
                        });
        Map<String, Integer> lineOfKey = new HashMap<>();
        Map<Long, Integer> lineOfAccount = new HashMap<>();
        Instant now = clock.instant();
        for (CsvSheet.Row row : read.rows()) {
            List<CsvProblem> rowProblems = new ArrayList<>();
            CoordinatorFields raw =
                    CoordinatorCsv.fields(row, teamsByKey, accounts::findByUsername, rowProblems);
            Checked<CoordinatorFields> checked = rules.check(raw);
            rowProblems.addAll(
                    CsvImport.at(
                            row.line(),
                            checked.problems().stream()
                                    .filter(
                                            problem ->
                                                    raw.teamId() != null
                                                            || !problem.field()
                                                                    .equals("teamId")) // the team
                                    // column
                                    // said why
                                    // already
                                    .toList(),
                            CoordinatorCsv::column));
            CoordinatorFields fields = checked.fields();
            if (rowProblems.isEmpty()) {
                String key = naturalKey(fields.teamId(), fields.name());
                Integer first = lineOfKey.putIfAbsent(key, row.line());
                Coordinator holder =
                        fields.staffAccountId() == null
                                ? null
                                : byAccount.get(fields.staffAccountId());
                Integer accountLine =
                        fields.staffAccountId() == null
                                ? null
                                : lineOfAccount.putIfAbsent(fields.staffAccountId(), row.line());
                if (first != null) {
                    rowProblems.add(
                            new CsvProblem(
                                    row.line(),
                                    "name",
                                    "'"
                                            + fields.name()
                                            + "' of this team is also on line "
                                            + first
                                            + "; give each coordinator once"));
                } else if (accountLine != null) {
                    rowProblems.add(
                            new CsvProblem(
                                    row.line(),
                                    "staff_username",
                                    "this login is also on line " + accountLine));
                } else if (holder != null
                        && !naturalKey(holder.teamId(), holder.name()).equals(key)) {
                    rowProblems.add(
                            new CsvProblem(
                                    row.line(),
                                    "staff_username",
                                    "this login is already " + holder.name() + "'s"));
                }
            }
            if (!rowProblems.isEmpty()) {
                result.reject(rowProblems);
                continue;
            }
            Coordinator old = existing.get(naturalKey(fields.teamId(), fields.name()));
            result.apply(
                    old,
                    fields,
                    Coordinator::fields,
                    () -> coordinators.save(Coordinator.from(fields, now)),
                    () -> coordinators.update(old.with(fields, now)));
        }
        return result.result(actor, "coordinators");
    }

    /** Every coordinator as CSV, in the form {@link #importCsv} reads. */
    public String exportCsv() {
        Map<Long, CareTeam> byId = teamsById();
        Map<Long, String> usernames = new HashMap<>();
        accounts.findAll().forEach(account -> usernames.put(account.id(), account.username()));
        List<Coordinator> sorted =
                coordinators.listOrderByName().stream()
                        .sorted(
                                Comparator.comparing(
                                                (Coordinator coordinator) ->
                                                        NameKey.of(coordinator.name()))
                                        .thenComparing(
                                                coordinator ->
                                                        NameKey.of(
                                                                byId.get(coordinator.teamId())
                                                                        .name())))
                        .toList();
        return CoordinatorCsv.write(sorted, teamId -> byId.get(teamId).name(), usernames::get);
    }

    private Map<Long, CareTeam> teamsById() {
        return teams.findAll().stream()
                .collect(Collectors.toMap(CareTeam::id, Function.identity()));
    }

    private CoordinatorFields checked(CoordinatorFields fields) {
        return rules.check(fields).orRefuse("the coordinator was not saved");
    }

    /** 409 when the team has a coordinator of that name already, or the login is someone else's. */
    private void refuseTaken(CoordinatorFields fields, @Nullable Long self) {
        String key = naturalKey(fields.teamId(), fields.name());
        for (Coordinator other : coordinators.findByTeamIdOrderByName(fields.teamId())) {
            if (!other.id().equals(self) && naturalKey(other.teamId(), other.name()).equals(key)) {
                throw new Conflict(
                        "this team has a coordinator called "
                                + other.name()
                                + " already (id "
                                + other.id()
                                + ")");
            }
        }
        if (fields.staffAccountId() != null) {
            coordinators
                    .findByStaffAccountId(fields.staffAccountId())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(
                            other -> {
                                throw new Conflict(
                                        "staff account "
                                                + fields.staffAccountId()
                                                + " is already the login of "
                                                + other.name()
                                                + " (id "
                                                + other.id()
                                                + ")");
                            });
        }
    }

    private static String naturalKey(Long teamId, String name) {
        return teamId + "|" + NameKey.of(name);
    }

    static NotFound notFound(long id) {
        return new NotFound("no coordinator " + id);
    }
}
