package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.ArrayList;
import java.util.List;

/**
 * A position in a statement's significant tokens, bounded by an end index so that one clause
 * (an ALTER TABLE action, a column definition) can be read without seeing its neighbours.
 * Every look-ahead returns null or false past the end instead of throwing: the recognizer
 * reads arbitrary input.
 */
final class Cursor {
    private final Token[] tokens;
    private final int end;
    int pos;

    Cursor(Token[] tokens, int start, int end) {
        this.tokens = tokens;
        this.pos = start;
        this.end = Math.min(end, tokens.length);
    }

    /** A cursor over {@code [from, to)} of the same tokens. */
    Cursor sub(int from, int to) {
        return new Cursor(tokens, from, Math.min(to, end));
    }

    int end() {
        return end;
    }

    boolean atEnd() {
        return pos >= end;
    }

    Token peek() {
        return pos < end ? tokens[pos] : null;
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i >= 0 && i < end ? tokens[i] : null;
    }

    /** The token at an absolute index, or null outside this cursor's range. */
    Token at(int index) {
        return index >= 0 && index < end ? tokens[index] : null;
    }

    Token next() {
        return pos < end ? tokens[pos++] : null;
    }

    boolean is(String word) {
        return pos < end && tokens[pos].is(word);
    }

    boolean is(int ahead, String word) {
        Token t = peek(ahead);
        return t != null && t.is(word);
    }

    boolean isAny(String... words) {
        if (pos >= end || tokens[pos].type() != TokenType.WORD) {
            return false;
        }
        for (String w : words) {
            if (tokens[pos].text().equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isType(TokenType type) {
        return pos < end && tokens[pos].type() == type;
    }

    boolean isType(int ahead, TokenType type) {
        Token t = peek(ahead);
        return t != null && t.type() == type;
    }

    boolean isSymbol(String symbol) {
        return pos < end && tokens[pos].isSymbol(symbol);
    }

    boolean isSymbol(int ahead, String symbol) {
        Token t = peek(ahead);
        return t != null && t.isSymbol(symbol);
    }

    boolean accept(String word) {
        if (is(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes both words when both are next, else nothing. */
    boolean accept(String first, String second) {
        if (is(first) && is(1, second)) {
            pos += 2;
            return true;
        }
        return false;
    }

    boolean accept(String first, String second, String third) {
        if (is(first) && is(1, second) && is(2, third)) {
            pos += 3;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptType(TokenType type) {
        if (isType(type)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Skips one token, or a whole parenthesised group when at an opening parenthesis. */
    void skipItem() {
        if (isType(TokenType.LEFT_PAREN)) {
            pos = closeOf(pos) + 1;
        } else if (pos < end) {
            pos++;
        }
    }

    /**
     * The index of the parenthesis closing the one at {@code open}, or the last index when the
     * group is not closed. A plain depth scan: nesting costs no stack.
     */
    int closeOf(int open) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            depth += depthDelta(tokens[i]);
            if (depth <= 0) {
                return i;
            }
        }
        return end - 1;
    }

    /**
     * The first index in {@code [pos, end)} at nesting depth 0 holding a WORD in {@code words},
     * or -1. Used to find clause keywords without descending into subqueries.
     */
    int findWordAtDepth0(String... words) {
        int depth = 0;
        for (int i = pos; i < end; i++) {
            Token t = tokens[i];
            if (depth == 0 && t.type() == TokenType.WORD) {
                for (String w : words) {
                    if (t.text().equalsIgnoreCase(w)) {
                        return i;
                    }
                }
            }
            depth = Math.max(0, depth + depthDelta(t));
        }
        return -1;
    }

    /** The {@code [from, to)} ranges of {@code [pos, end)} separated by commas at depth 0. */
    List<int[]> splitAtCommas() {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = pos;
        for (int i = pos; i < end; i++) {
            Token t = tokens[i];
            if (depth == 0 && t.type() == TokenType.COMMA) {
                parts.add(new int[] {start, i});
                start = i + 1;
            } else {
                depth = Math.max(0, depth + depthDelta(t));
            }
        }
        if (start < end) {
            parts.add(new int[] {start, end});
        }
        return parts;
    }

    /**
     * The source text of {@code [from, to)}, rebuilt from tokens: one space where the source had
     * whitespace (or a comment) between two tokens, none where they touched.
     */
    String text(int from, int to) {
        int last = Math.min(to, end);
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(from, 0); i < last; i++) {
            Token t = tokens[i];
            if (i > from) {
                Token prev = tokens[i - 1];
                if (prev.offset() + prev.text().length() != t.offset()) {
                    sb.append(' ');
                }
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** The span from the token at {@code from} to the token at {@code lastInclusive}. */
    Span span(int from, int lastInclusive) {
        Token first = tokens[Math.min(from, tokens.length - 1)];
        Token last = tokens[Math.max(Math.min(lastInclusive, tokens.length - 1), from)];
        return first == last ? first.span() : first.span().to(last.span());
    }

    /**
     * How a token changes the nesting depth: parentheses, and the square brackets of array
     * literals and subscripts (which an operator token may hold together with other characters,
     * such as {@code []} or {@code ]::}).
     */
    static int depthDelta(Token t) {
        switch (t.type()) {
            case LEFT_PAREN:
                return 1;
            case RIGHT_PAREN:
                return -1;
            case OPERATOR: {
                String s = t.text();
                int d = 0;
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    if (ch == '[') {
                        d++;
                    } else if (ch == ']') {
                        d--;
                    }
                }
                return d;
            }
            default:
                return 0;
        }
    }
}
