package dev.migrationlint.core.spi;

/** What a migration file is to its tool. */
public enum MigrationKind {
    /** Flyway {@code V}, goose/dbmate/sqlx files (which may hold a down block), pattern files without direction. */
    VERSIONED,
    /** Flyway {@code U}: reverses a versioned migration. */
    UNDO,
    /** Flyway {@code R}: re-applied whenever it changes. */
    REPEATABLE,
    /** Flyway {@code B}: a baseline for new databases. */
    BASELINE,
    /** The forward file of an up/down pair. */
    UP,
    /** The backward file of an up/down pair. */
    DOWN;

    /** True for files that are applied forward and that sources of truth record: versioned, up and baseline. */
    public boolean isForward() {
        return this == VERSIONED || this == UP || this == BASELINE;
    }

    /** True for files that are never replayed forward. */
    public boolean isBackward() {
        return this == UNDO || this == DOWN;
    }
}
