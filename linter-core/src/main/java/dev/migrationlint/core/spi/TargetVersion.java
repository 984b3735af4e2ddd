package dev.migrationlint.core.spi;

/** The server version rules reason about, such as PostgreSQL {@code 15}, {@code 9.6} or MariaDB {@code 10.11}. */
public record TargetVersion(int major, int minor, String text) implements Comparable<TargetVersion> {

    public static TargetVersion parse(String text) {
        String t = text.trim();
        String[] parts = t.split("\\.");
        try {
            if (parts.length == 1) {
                return new TargetVersion(Integer.parseInt(parts[0]), 0, t);
            }
            if (parts.length == 2) {
                return new TargetVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), t);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("not a server version: '" + text + "' (write it like 15, 9.6 or 10.11)");
    }

    /** True when this version is {@code major} or later. */
    public boolean atLeast(int major) {
        return this.major >= major;
    }

    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    @Override
    public int compareTo(TargetVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return text;
    }
}
