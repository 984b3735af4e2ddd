package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.ContentOverrides;
import dev.migrationlint.core.spi.Dialect;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How to discover migrations. Invalid values throw {@link IllegalArgumentException} with a message for the user
 * (a configuration error, exit code 2).
 *
 * @param layout               {@code auto} (also for null) or a layout id: {@code flyway timestamp epoch golang-migrate
 *                             goose dbmate sqlx folder pop pattern}
 * @param layoutPattern        for {@code pattern}: a Java regular expression over file names with the named groups
 *                             {@code version}, {@code description} and optionally {@code direction} ({@code up|down})
 * @param patternTransactional for {@code pattern}: whether each file runs in one transaction; null when not configured
 * @param workingDirectory     where relative paths and configured locations start; null means the process's
 * @param configuredLocations  {@code locations} of {@code .migration-lint.yml}, relative to the working directory
 * @param dialect              the dialect configured or given on the command line, or null; selects pop's per-dialect files
 * @param contents             file contents that replace the disk's (the git index for staged files): Flyway's
 *                             per-script {@code .sql.conf} files are read through it
 */
public record DiscoveryOptions(String layout, String layoutPattern, Boolean patternTransactional, Path workingDirectory,
                               List<String> configuredLocations, Dialect dialect, ContentOverrides contents) {

    /** Contents from disk. */
    public DiscoveryOptions(String layout, String layoutPattern, Boolean patternTransactional, Path workingDirectory,
                            List<String> configuredLocations, Dialect dialect) {
        this(layout, layoutPattern, patternTransactional, workingDirectory, configuredLocations, dialect,
                ContentOverrides.NONE);
    }

    public DiscoveryOptions {
        layout = layout == null || layout.isBlank() ? "auto" : layout.trim();
        if (!layout.equals("auto") && Layout.byId(layout) == null) {
            throw new IllegalArgumentException("unknown layout '" + layout + "' (expected auto, " + Layout.ids() + ")");
        }
        if (layout.equals(Layout.PATTERN.id())) {
            checkPattern(layoutPattern);
        }
        workingDirectory = (workingDirectory == null ? Path.of("") : workingDirectory).toAbsolutePath().normalize();
        configuredLocations = configuredLocations == null ? List.of() : List.copyOf(configuredLocations);
        contents = contents == null ? ContentOverrides.NONE : contents;
    }

    /** Auto layout, no configured locations, no dialect. */
    public static DiscoveryOptions defaults(Path workingDirectory) {
        return new DiscoveryOptions("auto", null, null, workingDirectory, List.of(), null);
    }

    private static void checkPattern(String layoutPattern) {
        if (layoutPattern == null || layoutPattern.isBlank()) {
            throw new IllegalArgumentException("layout 'pattern' needs layoutPattern, a regular expression with the"
                    + " named groups 'version' and 'description'");
        }
        try {
            Pattern.compile(layoutPattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("layoutPattern is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex(), e);
        }
        // Java 17 cannot list a pattern's named groups, so look for them in the source.
        if (!layoutPattern.contains("(?<version>")) {
            throw new IllegalArgumentException("layoutPattern has no named group 'version': use (?<version>...)");
        }
    }
}
