package dev.migrationlint.core.spi;

/**
 * How the migration tool will run a script (or one block of it).
 *
 * @param transactional whether the tool wraps it in a transaction
 * @param reason        why, for messages ("Flyway runs each script in one transaction", "V3__x.sql.conf sets executeInTransaction=false")
 * @param refusal       non-null when the tool will refuse to run the script at all, saying why
 */
public record Execution(boolean transactional, String reason, String refusal) {
}
