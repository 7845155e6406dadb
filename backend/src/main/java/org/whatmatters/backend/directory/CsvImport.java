package org.whatmatters.backend.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CSV import's tally: every problem by line, and what became of each good row (added, updated,
 * or the same as what was there). Every directory import (local services, care teams, coordinators)
 * keeps it the same way.
 */
public final class CsvImport {

    private static final Logger LOG = LoggerFactory.getLogger(CsvImport.class);

    private final List<CsvProblem> problems;
    private int imported;
    private int updated;
    private int unchanged;

    /**
     * A tally that starts with the problems of the file's shape ({@link CsvSheet.Read#problems()}).
     */
    public CsvImport(List<CsvProblem> problemsOfShape) {
        this.problems = new ArrayList<>(problemsOfShape);
    }

    /** The rules' problems with a row, at its line and under the CSV's own column names. */
    public static List<CsvProblem> at(
            int line, List<FieldProblem> problems, UnaryOperator<String> column) {
        return problems.stream()
                .map(
                        problem ->
                                new CsvProblem(
                                        line, column.apply(problem.field()), problem.problem()))
                .toList();
    }

    /** Counts a row as not imported, for these problems. */
    public void reject(List<CsvProblem> rowProblems) {
        problems.addAll(rowProblems);
    }

    /** Adds the entry when there was none, updates it when the row changes it, and counts which. */
    public <E, F> void apply(
            E old, F fields, Function<E, F> fieldsOf, Runnable add, Runnable update) {
        if (old == null) {
            add.run();
            imported++;
        } else if (Objects.equals(fieldsOf.apply(old), fields)) {
            unchanged++;
        } else {
            update.run();
            updated++;
        }
    }

    /**
     * The tally, problems in line order, logged as {@code actor} importing a CSV of {@code what}.
     */
    public ImportResult result(String actor, String what) {
        problems.sort(Comparator.comparingInt(CsvProblem::line));
        LOG.info(
                "{} imported a CSV of {}: {} new, {} updated, {} unchanged, {} problems",
                actor,
                what,
                imported,
                updated,
                unchanged,
                problems.size());
        return new ImportResult(
                imported, updated, unchanged, problems.stream().map(CsvProblem::toString).toList());
    }
}
