package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;

/**
 * A file in a migration location that its layout cannot read; it becomes an {@code invalid-migration-name} finding.
 *
 * @param path   as reports show it (see {@link PathDisplay})
 * @param file   the file (or, for the folder layout, the folder) on disk
 * @param reason what is wrong with the name, for the finding's message
 */
public record RejectedFile(String path, Path file, String reason) {
}
