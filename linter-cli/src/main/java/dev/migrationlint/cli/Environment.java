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

    /**
     * The variable naming the launcher script that started this run ({@code ./migration-lint} passes its absolute path
     * as the system property {@value #LAUNCHER_PROPERTY}, which {@link Main} copies here), so that a hook can call it.
     */
    public static final String LAUNCHER_VARIABLE = "MIGRATION_LINT_LAUNCHER";
    public static final String LAUNCHER_PROPERTY = "migration-lint.launcher";

    public boolean colorAllowed() {
        return terminal && !variables.containsKey("NO_COLOR");
    }

    /** The launcher script's absolute path, or null when the jar was started some other way. */
    public String launcher() {
        String launcher = variables.get(LAUNCHER_VARIABLE);
        return launcher == null || launcher.isBlank() ? null : launcher;
    }

    public boolean githubActions() {
        return "true".equals(variables.get("GITHUB_ACTIONS"));
    }
}
