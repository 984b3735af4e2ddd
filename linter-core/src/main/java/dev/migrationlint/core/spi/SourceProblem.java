package dev.migrationlint.core.spi;

/** Trouble reading a file or closing a statement, found before any rule runs. */
public record SourceProblem(Kind kind, String message, Span span) {

    public enum Kind {
        /** A string, quoted identifier, comment or dollar quote that never ends. */
        UNTERMINATED,
        /** A statement the lexer or recognizer gave up on (too deep, too long). */
        UNPARSEABLE,
        /** The file could not be read (permission, I/O error, a link loop). */
        UNREADABLE,
        /** The file holds binary content. */
        BINARY,
        /** The file is not valid UTF-8; it was decoded with replacement characters. */
        INVALID_ENCODING,
        /** Reading the file took longer than the per-file budget. */
        TIMEOUT
    }

    /** True for problems about the whole file rather than one statement. */
    public boolean fileLevel() {
        return kind == Kind.UNREADABLE || kind == Kind.BINARY || kind == Kind.INVALID_ENCODING || kind == Kind.TIMEOUT;
    }
}
