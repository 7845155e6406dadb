package org.whatmatters.conversation.script;

import java.util.List;
import java.util.stream.Collectors;

/** Scripts that cannot be used; the message lists every error as {@code file:line: problem}. */
public class ScriptException extends RuntimeException {

    private final List<Problem> problems;

    public ScriptException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
