package dev.migrationlint.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to lint and how, as the command line or a test states it. Null fields mean "not given":
 * the configuration file, then the defaults apply.
 *
 * @param paths            files or folders; empty means the locations from configuration or convention
 * @param workingDirectory where relative paths and the configuration search start
 * @param configFile       an explicit configuration file, or null to search {@code .migration-lint.yml} upward
 * @param ruleLevels       {@code --rule id=level} options, in order
 * @param bootstrap        {@code --bootstrap} globs, added to the configuration's
 * @param history          the sources of truth for applied migrations beyond each location's lock file
 * @param baseline         {@code --baseline FILE} (it must exist), or null for the configured or default baseline
 *                         when that file exists
 * @param contents         file contents that replace the disk's, such as the git index for {@code --staged}
 * @param focus            report paths (as reports show them) to report on, within what the PATH arguments select;
 *                         null reports everything they select
 */
public record LintRequest(List<Path> paths, Path workingDirectory, Path configFile, String dialect,
                          String targetVersion, String layout, Map<String, String> ruleLevels,
                          List<String> bootstrap, History history, Path baseline, ContentOverrides contents,
                          Set<String> focus) {

    public LintRequest {
        paths = List.copyOf(paths);
        ruleLevels = Map.copyOf(ruleLevels);
        bootstrap = List.copyOf(bootstrap);
        history = history == null ? History.NONE : history;
        contents = contents == null ? ContentOverrides.NONE : contents;
        focus = focus == null ? null : Set.copyOf(focus);
    }

    /** Without history sources, baseline file, content overrides or focus. */
    public LintRequest(List<Path> paths, Path workingDirectory, Path configFile, String dialect, String targetVersion,
                       String layout, Map<String, String> ruleLevels, List<String> bootstrap) {
        this(paths, workingDirectory, configFile, dialect, targetVersion, layout, ruleLevels, bootstrap, History.NONE,
                null, null, null);
    }

    /** Lint these paths with everything else from configuration and defaults. */
    public static LintRequest of(Path workingDirectory, List<Path> paths) {
        return new LintRequest(paths, workingDirectory, null, null, null, null, Map.of(), List.of());
    }

    /** This request with {@code --baseline FILE} (null: the configured or default one, when it exists). */
    public LintRequest withBaseline(Path file) {
        return new LintRequest(paths, workingDirectory, configFile, dialect, targetVersion, layout, ruleLevels,
                bootstrap, history, file, contents, focus);
    }

    /** This request reading {@code contents} instead of the disk and reporting on {@code focus} only (null: all). */
    public LintRequest withContents(ContentOverrides contents, Set<String> focus) {
        return new LintRequest(paths, workingDirectory, configFile, dialect, targetVersion, layout, ruleLevels,
                bootstrap, history, baseline, contents, focus);
    }

    public LintRequest withHistory(History history) {
        return new LintRequest(paths, workingDirectory, configFile, dialect, targetVersion, layout, ruleLevels,
                bootstrap, history, baseline, contents, focus);
    }

    /**
     * Where the history rules learn what was applied or released (each location's {@code migrations.lock} is read
     * whenever present unless {@code lockFile} names another).
     *
     * @param lockFile     {@code --lock-file}: one lock file instead of each location's own, or null
     * @param baseRef      {@code --base}: a git ref whose migrations count as released; only what changed since is
     *                     reported, unless {@code all}
     * @param all          {@code --all}: report every migration, not only the changed ones
     * @param jdbcUrl      {@code --jdbc-url}: read {@code flyway_schema_history} there, or null
     * @param jdbcUser     the user, or null (then the URL says)
     * @param jdbcPassword the password, or null
     */
    public record History(Path lockFile, String baseRef, boolean all, String jdbcUrl, String jdbcUser,
                          String jdbcPassword) {

        public static final History NONE = new History(null, null, false, null, null, null);

        @Override
        public String toString() {
            return "History[lockFile=" + lockFile + ", baseRef=" + baseRef + ", all=" + all + ", jdbcUrl=" + jdbcUrl
                    + ", jdbcUser=" + jdbcUser + ", jdbcPassword=" + (jdbcPassword == null ? null : "****") + "]";
        }
    }
}
