package dev.migrationlint.core.spi;

/**
 * A region of a source file. Offsets count UTF-16 code units from the start of the file;
 * lines and columns are 1-based, columns in UTF-16 code units (as SARIF expects); the end is
 * exclusive (endColumn is the column just after the last character).
 */
public record Span(long startOffset, long endOffset, int startLine, int startColumn, int endLine, int endColumn) {

    /** The whole first line; used for findings about a file rather than a statement. */
    public static final Span FILE = new Span(0, 0, 1, 1, 1, 1);

    /** The smallest span covering both. */
    public Span to(Span end) {
        return new Span(startOffset, end.endOffset, startLine, startColumn, end.endLine, end.endColumn);
    }
}
