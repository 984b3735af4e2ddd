package dev.migrationlint.core.spi;

import java.util.List;
import java.util.Optional;

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

    /**
     * For a Java migration, what its source says (class, imports, type references, methods); empty for SQL files
     * and for {@code .java} files that are no migration class (abstract, or extending no known migration type).
     */
    default Optional<JavaSource> javaSource() {
        return Optional.empty();
    }
}
