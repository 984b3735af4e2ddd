package dev.migrationlint.core.spi;

import java.util.List;

/** What a {@link StatementRule} sees: one statement, its migration, the catalog before it, and a way to report. */
public interface StatementContext extends Reporter {

    Statement statement();

    Migration migration();

    /** The earlier statements of the same migration and direction, in order. */
    List<Statement> previous();

    /** The schema replayed up to (not including) this statement. */
    Catalog catalog();

    Settings settings();

    /** True when the migration holds bootstrap data (matched a bootstrap glob or carries the marker). */
    boolean bootstrap();

    /** Reports at the statement's own span. */
    default void report(String message, String help) {
        report(statement().span(), message, help);
    }
}
