package dev.migrationlint.core;

import java.nio.file.Path;

/**
 * What a report writer needs besides the result.
 *
 * @param root        the folder report paths are relative to (the git top level, else the working directory);
 *                    used to read source lines for code frames
 * @param color       ANSI colour in text output
 * @param toolVersion the semantic version of migration-lint
 * @param quiet       findings only, no summary
 * @param contents    the file contents the run linted instead of the disk's (the git index of {@code --staged}), so
 *                    that code frames show the text the findings are about
 */
public record ReportOptions(Path root, boolean color, String toolVersion, boolean quiet, ContentOverrides contents) {

    public ReportOptions {
        contents = contents == null ? ContentOverrides.NONE : contents;
    }

    /** Source lines from disk. */
    public ReportOptions(Path root, boolean color, String toolVersion, boolean quiet) {
        this(root, color, toolVersion, quiet, ContentOverrides.NONE);
    }
}
