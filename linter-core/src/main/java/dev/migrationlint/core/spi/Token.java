package dev.migrationlint.core.spi;

import java.util.Locale;

/**
 * One lexical token with its position. {@code text} is the exact source text of the token.
 */
public record Token(TokenType type, String text, long offset, int line, int column) {

    /** True for a WORD equal to {@code keyword}, ignoring case. */
    public boolean is(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True for a WORD or OPERATOR/punctuation token whose text equals {@code symbol} exactly. */
    public boolean isSymbol(String symbol) {
        return type != TokenType.STRING && type != TokenType.QUOTED_IDENTIFIER && text.equals(symbol);
    }

    /** Upper-case text of a WORD, or the raw text of any other token. */
    public String upper() {
        return type == TokenType.WORD ? text.toUpperCase(Locale.ROOT) : text;
    }

    public boolean isComment() {
        return type == TokenType.LINE_COMMENT || type == TokenType.BLOCK_COMMENT;
    }

    /** The span of the token; the end line and column account for line breaks inside it. */
    public Span span() {
        int endLine = line;
        int endColumn = column;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                endLine++;
                endColumn = 1;
            } else {
                endColumn++;
            }
        }
        return new Span(offset, offset + text.length(), line, column, endLine, endColumn);
    }
}
