package dev.migrationlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may use of the outside world, passed in so that tests run commands in-process.
 *
 * @param terminal standard output is a terminal (colour allowed unless {@code NO_COLOR} is set)
 */
public record Environment(Path workingDirectory, Map<String, String> variables, boolean terminal, PrintWriter out,
                          PrintWriter err) {

    public boolean colorAllowed() {
        return terminal && !variables.containsKey("NO_COLOR");
    }

    public boolean githubActions() {
        return "true".equals(variables.get("GITHUB_ACTIONS"));
    }
}
