package org.whatmatters.conversation.script;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The validator as a command: prints every problem in a folder of scripts as {@code file:line:
 * problem} and exits 1 if any is an error (warnings alone exit 0). Usage: {@code ValidateScripts
 * [folder]}.
 */
public final class ValidateScripts {

    private ValidateScripts() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "conversation-scripts/scripts");
        if (!Files.isDirectory(folder)) {
            System.err.println(folder + ": not a folder of scripts");
            System.exit(2);
        }
        List<Problem> problems = ScriptLibrary.validate(folder);
        problems.forEach(System.out::println);
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        System.out.println(
                errors == 0
                        ? "scripts OK (" + (problems.size()) + " warning(s))"
                        : errors + " error(s)");
        System.exit(errors == 0 ? 0 : 1);
    }
}
