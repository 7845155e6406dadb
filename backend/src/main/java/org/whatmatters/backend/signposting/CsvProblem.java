package org.whatmatters.backend.signposting;

/** Why one line of a directory CSV was not imported. */
record CsvProblem(int line, String field, String problem) {

    @Override
    public String toString() {
        return "line " + line + ", field " + field + ": " + problem;
    }
}
