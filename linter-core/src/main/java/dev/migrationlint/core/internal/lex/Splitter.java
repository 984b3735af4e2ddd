package dev.migrationlint.core.internal.lex;

public final class Splitter {
    public static SplitResult split(String source, LexOptions options) {
        throw new UnsupportedOperationException("stub");
    }
}
