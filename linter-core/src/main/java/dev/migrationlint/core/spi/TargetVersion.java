package dev.migrationlint.core.spi;

/**
 * The server version rules reason about, such as PostgreSQL {@code 15}, {@code 9.6}, MariaDB {@code 10.11} or
 * MySQL {@code 8.0.28}. {@code patch} is -1 when not written: a release series then stands for its latest
 * release ({@code 8.0} has everything 8.0.29 has).
 */
public record TargetVersion(int major, int minor, int patch, String text) implements Comparable<TargetVersion> {

    public static TargetVersion parse(String text) {
        String t = text.trim();
        String[] parts = t.split("\\.", -1);
        try {
            if (parts.length >= 1 && parts.length <= 3) {
                int major = number(parts[0]);
                int minor = parts.length > 1 ? number(parts[1]) : 0;
                int patch = parts.length > 2 ? number(parts[2]) : -1;
                return new TargetVersion(major, minor, patch, t);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("not a server version: '" + text + "' (write it like 15, 9.6, 10.11 or 8.0.28)");
    }

    private static int number(String part) {
        if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException(part);
        }
        return Integer.parseInt(part);
    }

    /** True when this version is {@code major} or later. */
    public boolean atLeast(int major) {
        return this.major >= major;
    }

    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    /** True when this version is {@code major.minor.patch} or later; a series without a patch counts as its latest release. */
    public boolean atLeast(int major, int minor, int patch) {
        if (this.major != major || this.minor != minor) {
            return atLeast(major, minor);
        }
        return this.patch < 0 || this.patch >= patch;
    }

    /** True when a patch release was written ({@code 8.0.28}, not {@code 8.0}). */
    public boolean hasPatch() {
        return patch >= 0;
    }

    @Override
    public int compareTo(TargetVersion o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        if (minor != o.minor) {
            return Integer.compare(minor, o.minor);
        }
        return Integer.compare(patch < 0 ? Integer.MAX_VALUE : patch, o.patch < 0 ? Integer.MAX_VALUE : o.patch);
    }

    @Override
    public String toString() {
        return text;
    }
}
