package dev.migrationlint.core.spi;

/**
 * Whether a statement will run inside a transaction block, and whose.
 *
 * @param id a number shared by all statements of the same transaction in one run (0 when none)
 */
public record TransactionState(Origin origin, int id) {

    public enum Origin {
        /** Autocommit: the statement runs alone. */
        NONE,
        /** The migration tool wraps the script (or block) in a transaction. */
        TOOL,
        /** PostgreSQL runs a multi-statement query string as one implicit transaction (golang-migrate). */
        IMPLICIT,
        /** An explicit {@code BEGIN} in the script. */
        EXPLICIT
    }

    public static final TransactionState NONE = new TransactionState(Origin.NONE, 0);

    public boolean inTransaction() {
        return origin != Origin.NONE;
    }
}
