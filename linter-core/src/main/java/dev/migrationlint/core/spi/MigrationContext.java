package dev.migrationlint.core.spi;

import java.util.List;

/** What a {@link MigrationRule} sees: one migration file with all its statements. */
public interface MigrationContext extends Reporter {

    Migration migration();

    /** Every statement of the file, both directions, in order. */
    List<Statement> statements();

    /** Every comment of the file, in order. */
    List<Token> comments();

    /** Reading and lexing problems of the file. */
    List<SourceProblem> problems();

    /** The schema replayed up to the start of this migration. */
    Catalog catalogBefore();

    /**
     * The schema replayed through this migration's forward statements (the same as {@link #catalogBefore()}
     * for down files and undo scripts, which are never replayed).
     */
    Catalog catalogAfter();

    Settings settings();

    boolean bootstrap();

    /** True when the file has no content but white space. */
    boolean blank();
}
