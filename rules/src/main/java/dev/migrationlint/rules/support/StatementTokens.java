package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

/** Looks at a statement's tokens for clauses its fact does not record. */
public final class StatementTokens {

    private StatementTokens() {
    }

    /** True when the statement has the word outside any parentheses. */
    public static boolean hasWordAtDepth0(Statement statement, String word) {
        return indexAtDepth(statement, word, 0) >= 0;
    }

    /** The index of the first token that is the word at exactly this parenthesis depth, or -1. */
    public static int indexAtDepth(Statement statement, String word, int depth) {
        int d = 0;
        int i = 0;
        for (Token t : statement.tokens()) {
            if (t.type() == TokenType.LEFT_PAREN) {
                d++;
            } else if (t.type() == TokenType.RIGHT_PAREN) {
                d--;
            } else if (d == depth && t.is(word)) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
