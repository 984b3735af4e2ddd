package dev.migrationlint.core.spi;

import java.nio.file.Path;

/**
 * One migration file as discovered.
 *
 * @param path                 the path reports show: relative to the git top level (else the working directory), {@code /}-separated
 * @param file                 the file on disk
 * @param location             the migration location (folder) this file belongs to, in the same form as {@code path}
 * @param version              the version, or null for repeatable migrations and files without one
 * @param description          the description from the file name (underscores as spaces)
 * @param executeInTransaction an explicit setting for this file from the tool's own configuration
 *                             ({@code .sql.conf}, folder metadata, pattern config); null when the tool's default applies
 * @param executionSource      where that explicit setting came from, for messages, or null
 */
public record Migration(
        String path,
        Path file,
        String location,
        Version version,
        String description,
        MigrationKind kind,
        Language language,
        String layout,
        Runner runner,
        Boolean executeInTransaction,
        String executionSource) {

    /** The file name without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
