package org.whatmatters.backend.signposting;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;

/**
 * The categories file is missing or wrong; each line of the message is {@code file:line: problem}.
 */
public final class CategoriesFileException extends ConfigurationException {

    private final List<String> problems;

    CategoriesFileException(List<String> problems) {
        super("the signposting categories file is wrong:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: problem}. */
    public List<String> problems() {
        return problems;
    }
}
