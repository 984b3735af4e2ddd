package dev.migrationlint.core.spi;

/** How a default expression behaves per row, as PostgreSQL classifies functions. */
public enum Volatility {
    /** A constant or an immutable expression: PostgreSQL 11+ stores it once, no rewrite. */
    CONSTANT,
    /** Stable within a statement ({@code now()}, {@code current_timestamp}): evaluated once, no rewrite on 11+. */
    STABLE,
    /** Differs per row ({@code random()}, {@code gen_random_uuid()}, {@code nextval()}): forces a rewrite. */
    VOLATILE,
    /** Calls a function the built-in table does not know; treated as volatile. */
    UNKNOWN_FUNCTION
}
