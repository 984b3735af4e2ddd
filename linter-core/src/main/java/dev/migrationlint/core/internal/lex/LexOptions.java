package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;

/**
 * How to lex and split a script.
 *
 * @param dialect       decides quoting ({@code $tag$}, {@code E''}, backticks, {@code #} comments, MySQL {@code "strings"}),
 *                      {@code DELIMITER}, psql meta-commands
 * @param gooseBlocks   honour {@code -- +goose StatementBegin} / {@code StatementEnd} (no splitting inside)
 * @param maxStatementChars statements longer than this keep only their first tokens ({@link RawStatement#truncated()})
 */
public record LexOptions(Dialect dialect, boolean gooseBlocks, int maxStatementChars) {

    public static final int DEFAULT_MAX_STATEMENT_CHARS = 1 << 20;

    public static LexOptions of(Dialect dialect) {
        return new LexOptions(dialect, false, DEFAULT_MAX_STATEMENT_CHARS);
    }

    public LexOptions withGooseBlocks(boolean on) {
        return new LexOptions(dialect, on, maxStatementChars);
    }
}
