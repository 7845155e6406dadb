package org.whatmatters.backend.coordinator;

/** Why one line of a care-directory CSV was not imported. */
record RowProblem(int line, String field, String problem) {

    @Override
    public String toString() {
        return "line " + line + ", field " + field + ": " + problem;
    }
}
