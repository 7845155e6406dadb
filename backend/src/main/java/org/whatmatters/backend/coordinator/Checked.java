package org.whatmatters.backend.coordinator;

import org.whatmatters.backend.signposting.FieldProblem;

import java.util.List;

/** Fields as they will be stored, or what is wrong with them (each problem names its field). */
record Checked<T>(T fields, List<FieldProblem> problems) {

    boolean ok() {
        return problems.isEmpty();
    }
}
