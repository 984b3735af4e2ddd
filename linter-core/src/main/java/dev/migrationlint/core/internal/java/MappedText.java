package dev.migrationlint.core.internal.java;

import java.util.Arrays;

/**
 * Text decoded from Java source (string literals, text blocks, their concatenations) that remembers, for every
 * character, the source range it came from: an escape such as {@code \n} is one character spanning two source
 * characters; the characters of a text block keep their place after indentation stripping.
 */
final class MappedText {

    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[32];
    private int[] ends = new int[32];

    void append(char c, int sourceStart, int sourceEnd) {
        int n = text.length();
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        text.append(c);
        starts[n] = sourceStart;
        ends[n] = sourceEnd;
    }

    void append(MappedText other) {
        for (int i = 0; i < other.length(); i++) {
            append(other.text.charAt(i), other.starts[i], other.ends[i]);
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The source offset where the character at {@code i} starts; {@code i == length()} maps after the last one. */
    int sourceStart(int i) {
        if (i >= text.length()) {
            return text.length() == 0 ? 0 : ends[text.length() - 1];
        }
        return starts[i];
    }

    /** The source offset just after the character at {@code i}. */
    int sourceEnd(int i) {
        return ends[Math.min(i, text.length() - 1)];
    }

    /** The source offset just after the text from {@code 0} to {@code end} (exclusive). */
    int sourceEndOf(int end) {
        return end <= 0 ? sourceStart(0) : sourceEnd(end - 1);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
