package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;

import java.util.List;

/**
 * One statement as split from a script, before it is understood.
 *
 * @param span      from the first token to the end of the last token (the delimiter excluded)
 * @param text      the source text of that span (cut to the first {@code maxStatementChars} when truncated)
 * @param tokens    the statement's tokens without comments and without the delimiter
 * @param comments  comments before the statement (since the previous one) and inside it, in order
 * @param truncated true when the statement was longer than {@code maxStatementChars}: tokens and text hold only its head
 * @param terminated false when the script ended before a delimiter
 */
public record RawStatement(Span span, String text, List<Token> tokens, List<Token> comments, boolean truncated,
                           boolean terminated) {
    public RawStatement {
        tokens = List.copyOf(tokens);
        comments = List.copyOf(comments);
    }
}
