package dev.migrationlint.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to lint and how, as the command line or a test states it. Null fields mean "not given":
 * the configuration file, then the defaults apply.
 *
 * @param paths            files or folders; empty means the locations from configuration or convention
 * @param workingDirectory where relative paths and the configuration search start
 * @param configFile       an explicit configuration file, or null to search {@code .migration-lint.yml} upward
 * @param ruleLevels       {@code --rule id=level} options, in order
 * @param bootstrap        {@code --bootstrap} globs, added to the configuration's
 */
public record LintRequest(List<Path> paths, Path workingDirectory, Path configFile, String dialect,
                          String targetVersion, String layout, Map<String, String> ruleLevels,
                          List<String> bootstrap) {

    public LintRequest {
        paths = List.copyOf(paths);
        ruleLevels = Map.copyOf(ruleLevels);
        bootstrap = List.copyOf(bootstrap);
    }

    /** Lint these paths with everything else from configuration and defaults. */
    public static LintRequest of(Path workingDirectory, List<Path> paths) {
        return new LintRequest(paths, workingDirectory, null, null, null, null, Map.of(), List.of());
    }
}
