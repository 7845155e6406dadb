package org.whatmatters.conversation.script;

/** One thing wrong with a script, where it is: printed as {@code file:line: problem}. */
public record Problem(String file, int line, Severity severity, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    static Problem error(String file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    static Problem warning(String file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    @Override
    public String toString() {
        return file
                + ":"
                + line
                + ": "
                + (severity == Severity.WARNING ? "warning: " : "")
                + message;
    }
}
