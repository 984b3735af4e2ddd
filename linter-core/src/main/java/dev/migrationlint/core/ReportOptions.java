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
 */
public record ReportOptions(Path root, boolean color, String toolVersion, boolean quiet) {
}
