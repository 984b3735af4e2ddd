package dev.migrationlint.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a {@link HistoryRule} sees: one migration location's ordered history. */
public interface HistoryContext {

    /** The location, as reports show paths. */
    String location();

    /** The location's migrations, ordered as the tool applies them (versioned by version, then repeatable). */
    List<Migration> migrations();

    /** Migrations that a configured source of truth says were applied or released; empty when none is configured. */
    List<AppliedMigration> applied();

    Settings settings();

    /** Files in the location that the layout cannot read as migrations, each with the reason. */
    List<NameProblem> rejectedFiles();

    /** A file of the location that is not a migration, and why. */
    record NameProblem(String path, String reason) {
    }

    /**
     * The migration's current checksum in the given algorithm, computed by the engine from the file as it is now;
     * null when the file cannot be read.
     */
    default String checksum(Migration migration, ChecksumKind kind) {
        return null;
    }

    /** When the file at {@code path} (as reports show paths) was first committed, from git history; empty outside git. */
    default Optional<Instant> firstCommitted(String path) {
        return Optional.empty();
    }

    /** The change under review ({@code --base} range or staged files), when the run has one. */
    default Optional<ChangeSet> changeSet() {
        return Optional.empty();
    }

    /** Reports on a migration file. */
    void report(Migration migration, Span span, String message, String help);

    /** Reports on any file by its path (for files that are not migrations). */
    void report(String path, Span span, String message, String help);
}
