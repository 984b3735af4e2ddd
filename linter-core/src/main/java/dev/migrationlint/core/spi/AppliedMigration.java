package dev.migrationlint.core.spi;

/**
 * A migration some source of truth says was applied or released: the lock file, a git base ref,
 * or Flyway's {@code flyway_schema_history}.
 *
 * @param source   "lock file", "git base &lt;ref&gt;" or "flyway_schema_history"
 * @param path     the migration's path when the source knows it, else null
 * @param checksum the checksum in the source's own algorithm, or null
 */
public record AppliedMigration(String source, Version version, String path, String description, String checksum) {
}
