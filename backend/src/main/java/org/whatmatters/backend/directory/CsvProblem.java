package org.whatmatters.backend.directory;

/** Why one line of a directory CSV was not imported. */
public record CsvProblem(int line, String field, String problem) {

    @Override
    public String toString() {
        return "line " + line + ", field " + field + ": " + problem;
    }
}
