package dev.migrationlint.core.internal.java;

import dev.migrationlint.core.spi.Span;

import java.util.Arrays;

/**
 * Line starts of a source text, to turn offsets into 1-based lines and columns (UTF-16 code units) and back. Line
 * breaks are {@code \n}, {@code \r\n} and a lone {@code \r}, as the Java compiler and the SQL lexer count them.
 */
final class LineTable {

    private final int[] starts;
    private final int length;

    LineTable(String text) {
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
        this.length = text.length();
    }

    /** The offset of a 1-based line and column, clamped to the text. */
    int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, starts.length));
        return Math.max(0, Math.min(length, starts[l - 1] + column - 1));
    }

    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }

    /** The span from {@code start} (inclusive) to {@code end} (exclusive). */
    Span span(int start, int end) {
        return new Span(start, end, line(start), column(start), line(end), column(end));
    }
}
