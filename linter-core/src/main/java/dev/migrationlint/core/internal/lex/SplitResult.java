package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Token;

import java.util.List;

/**
 * A whole script split into statements.
 *
 * @param statements in order
 * @param comments   every comment of the script, in order (statements also carry theirs)
 * @param problems   unterminated constructs and other lexical trouble, each at its start
 */
public record SplitResult(List<RawStatement> statements, List<Token> comments, List<SourceProblem> problems) {
    public SplitResult {
        statements = List.copyOf(statements);
        comments = List.copyOf(comments);
        problems = List.copyOf(problems);
    }
}
