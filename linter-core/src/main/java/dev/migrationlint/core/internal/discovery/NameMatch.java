package dev.migrationlint.core.internal.discovery;

/**
 * How a layout reads one file name: a migration, a name it rejects (with the reason for the
 * {@code invalid-migration-name} finding), or a file that is none of its business (support code, Go migrations).
 */
record NameMatch(ParsedName name, String rejection) {

    private static final NameMatch IGNORED = new NameMatch(null, null);

    static NameMatch accepted(ParsedName name) {
        return new NameMatch(name, null);
    }

    static NameMatch rejected(String reason) {
        return new NameMatch(null, reason);
    }

    static NameMatch ignored() {
        return IGNORED;
    }

    boolean isAccepted() {
        return name != null;
    }

    boolean isRejected() {
        return rejection != null;
    }
}
