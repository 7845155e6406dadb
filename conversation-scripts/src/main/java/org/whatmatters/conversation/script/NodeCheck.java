package org.whatmatters.conversation.script;

import java.util.List;
import java.util.Set;

/** What a node's own checks can see of the scripts as a whole, and where they report. */
public final class NodeCheck {

    private final String file;
    private final Set<String> scripts;
    private final List<Problem> problems;

    NodeCheck(String file, Set<String> scripts, List<Problem> problems) {
        this.file = file;
        this.scripts = scripts;
        this.problems = problems;
    }

    /** Whether a script with this id is in the library. */
    public boolean scriptExists(String id) {
        return scripts.contains(id);
    }

    public void error(int line, String message) {
        problems.add(Problem.error(file, line, message));
    }

    public void warning(int line, String message) {
        problems.add(Problem.warning(file, line, message));
    }
}
