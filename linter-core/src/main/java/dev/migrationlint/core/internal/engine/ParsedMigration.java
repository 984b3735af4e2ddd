package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Token;

import java.util.List;

/**
 * A migration after the parallel phase: read, split and recognized, not yet placed in its history.
 *
 * @param absorbed statements of a streamed file folded into the data statement before them ({@link StreamedParse});
 *                 they count as statements, but have no entry of their own in {@code statements}
 */
record ParsedMigration(Migration migration, List<RawStatement> statements, List<Fact> facts, List<Token> comments,
                       List<SourceProblem> problems, boolean blank, long absorbed) {

    ParsedMigration(Migration migration, List<RawStatement> statements, List<Fact> facts, List<Token> comments,
                    List<SourceProblem> problems, boolean blank) {
        this(migration, statements, facts, comments, problems, blank, 0);
    }
}
