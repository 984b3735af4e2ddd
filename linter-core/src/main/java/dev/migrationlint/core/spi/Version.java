package dev.migrationlint.core.spi;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration version, compared numerically part by part as Flyway does ({@code 1.10 > 1.9},
 * {@code 1 == 1.0}). Parts are separated by {@code .} or {@code _}.
 */
public record Version(String text, List<BigInteger> parts) implements Comparable<Version> {

    public Version {
        parts = List.copyOf(parts);
    }

    /** Parses {@code 1}, {@code 1.2.3}, {@code 2_31_1}, {@code 20170123120000000}; throws IllegalArgumentException otherwise. */
    public static Version parse(String text) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.split("[._]", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not a version: '" + text + "'");
            }
            parts.add(new BigInteger(part));
        }
        return new Version(text, parts);
    }

    @Override
    public int compareTo(Version other) {
        int n = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Numeric equality ({@code 1.0} equals {@code 1}). */
    public boolean sameAs(Version other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
