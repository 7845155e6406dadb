package org.whatmatters.translations.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog that cannot be read; the message lists every problem as {@code file:line: key:
 * problem}.
 */
public class CatalogException extends RuntimeException {

    private final List<CatalogProblem> problems;

    public CatalogException(List<CatalogProblem> problems) {
        super(problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
