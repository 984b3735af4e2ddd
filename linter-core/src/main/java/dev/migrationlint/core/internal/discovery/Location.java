package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.Runner;

import java.nio.file.Path;
import java.util.List;

/**
 * One migration location: a folder whose files form one ordered history.
 *
 * @param path         the folder as reports show it (see {@link PathDisplay})
 * @param directory    the folder on disk; for a Flyway classpath location split over {@code src/main/resources} and
 *                     {@code src/main/java}, the resources folder
 * @param layout       the layout id ({@code flyway}, {@code golang-migrate}, ...)
 * @param runner       the tool that runs the files
 * @param migrations   in the order the tool applies them: versioned by version (UP/VERSIONED before DOWN/UNDO of
 *                     the same version), then repeatables by description
 * @param rejected     files of the location the layout cannot read, each with the reason
 * @param toolSettings the migration tool's own configuration found for this location
 * @param dialectHint  the dialect the pop file names, the folder names or else the files' content point at, or null
 */
public record Location(String path, Path directory, String layout, Runner runner, List<Migration> migrations,
                       List<RejectedFile> rejected, ToolSettings toolSettings, Dialect dialectHint) {

    public Location {
        migrations = List.copyOf(migrations);
        rejected = List.copyOf(rejected);
    }
}
