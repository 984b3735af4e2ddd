package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.AppliedMigration;
import dev.migrationlint.core.spi.ChecksumKind;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.Migration;

import java.util.Optional;

/** Pairs what a source of truth recorded with the migration as it is now. */
public final class AppliedMatches {

    private AppliedMatches() {
    }

    /**
     * The current forward migration a record is about: the same path for lock files and git base refs (which know
     * paths), the same version for Flyway's history (which identifies migrations by version).
     */
    public static Optional<Migration> current(HistoryContext context, AppliedMigration applied) {
        for (Migration m : context.migrations()) {
            if (!m.kind().isForward()) {
                continue;
            }
            boolean same = applied.checksumKind() == ChecksumKind.FLYWAY
                    ? applied.version() != null && m.version() != null && m.version().sameAs(applied.version())
                    : m.path().equals(applied.path());
            if (same) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Where the record sits, for messages: "line 3 of db/migration/migrations.lock", "git base main". */
    public static String where(AppliedMigration applied) {
        if (applied.sourcePath() != null && applied.sourceLine() > 0) {
            return "line " + applied.sourceLine() + " of " + applied.sourcePath();
        }
        return applied.source();
    }

    /** "V2__a.sql (version 2)" or "V2__a.sql". */
    public static String name(Migration m) {
        return m.version() == null ? m.fileName() : m.fileName() + " (version " + m.version() + ")";
    }
}
