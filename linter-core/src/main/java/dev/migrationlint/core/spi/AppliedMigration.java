package dev.migrationlint.core.spi;

import java.time.Instant;

/**
 * A migration some source of truth says was applied or released: the lock file, a git base ref,
 * or Flyway's {@code flyway_schema_history}.
 *
 * @param source       for messages: "migrations.lock", "git base main" or "flyway_schema_history"
 * @param version      the version, or null for a migration without one
 * @param path         the migration's path as reports show paths when the source knows it (lock file, git), else null
 * @param description  the description the source records, or ""
 * @param checksum     the checksum in {@code checksumKind}, or null when the source has none (Java migrations in Flyway)
 * @param checksumKind the algorithm of {@code checksum}
 * @param appliedOn    when the source says it was applied or released, or null
 * @param sourcePath   the file that holds the record, as reports show paths (the lock file), or null
 * @param sourceLine   the record's line in {@code sourcePath}, or 0
 */
public record AppliedMigration(String source, Version version, String path, String description, String checksum,
                               ChecksumKind checksumKind, Instant appliedOn, String sourcePath, int sourceLine) {

    /** The file name of {@code path}, else the description. */
    public String displayName() {
        if (path == null) {
            return description == null || description.isEmpty() ? "version " + version : description;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
