package dev.migrationlint.core.spi;

import java.util.List;

/** What a {@link HistoryRule} sees: one migration location's ordered history. */
public interface HistoryContext {

    /** The location, as reports show paths. */
    String location();

    /** The location's migrations, ordered as the tool applies them (versioned by version, then repeatable). */
    List<Migration> migrations();

    /** Migrations that a configured source of truth says were applied or released; empty when none is configured. */
    List<AppliedMigration> applied();

    Settings settings();

    /** Reports on a migration file. */
    void report(Migration migration, Span span, String message, String help);
}
