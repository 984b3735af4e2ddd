package dev.migrationlint.core.internal.history;

import dev.migrationlint.core.AtomicFile;
import dev.migrationlint.core.spi.ChecksumKind;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migrations.lock}: one line per forward migration of a location (version, path relative to the lock file,
 * content checksum), each ending with a hash chained over the line and the hash of the line before, so an edit,
 * deletion or insertion anywhere changes every later line. Repeatable migrations are left out (they are re-applied
 * whenever they change), and so are down and undo files (they are never applied forward).
 */
public final class LockFile {

    public static final String NAME = "migrations.lock";
    static final String NO_VERSION = "-";
    private static final int CHAIN_HEX = 16;

    static final String HEADER = """
            # migrations.lock: the checksums of this location's migrations as they were released,
            # written by `migration-lint lock`. `migration-lint check` reports a migration whose content
            # no longer matches its line (edited-applied-migration) and a line whose migration is gone
            # (deleted-applied-migration); `migration-lint lock --check` exits 1 at the first line that
            # differs. Each line ends with a hash chained over the line before it: do not edit by hand,
            # run `migration-lint lock` again after adding migrations.
            # version<TAB>path (relative to this file)<TAB>checksum<TAB>chain
            """;

    private LockFile() {
    }

    /**
     * One line of a lock file.
     *
     * @param line       the line number in the file (0 for lines computed from the migrations)
     * @param path       relative to the lock file's folder, with {@code /}
     * @param chain      the chain hash the line records
     * @param chainValid the recorded chain hash is the one its content and the line before give
     */
    public record Entry(int line, String version, String path, String checksum, String chain, boolean chainValid) {

        String text() {
            return version + "\t" + path + "\t" + checksum + "\t" + chain;
        }

        /** Same migration, same content, same place in the chain. */
        boolean sameAs(Entry other) {
            return version.equals(other.version) && path.equals(other.path) && checksum.equals(other.checksum)
                    && chain.equals(other.chain);
        }
    }

    /** Whether a migration of this kind has a line in the lock file. */
    public static boolean locked(Migration m) {
        return m.kind() == MigrationKind.VERSIONED || m.kind() == MigrationKind.UP
                || m.kind() == MigrationKind.BASELINE;
    }

    /** The lines the migrations give now, in the order the tool applies them. */
    public static List<Entry> compute(Path lockFile, List<Migration> migrations) {
        Path dir = lockFile.toAbsolutePath().normalize().getParent();
        List<Entry> entries = new ArrayList<>();
        String previous = "";
        for (Migration m : migrations) {
            if (!locked(m)) {
                continue;
            }
            String version = m.version() == null ? NO_VERSION : m.version().text();
            String path = dir.relativize(m.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
            String checksum = Checksums.of(m.file(), ChecksumKind.CONTENT);
            if (checksum == null) {
                checksum = "unreadable";
            }
            String chain = chain(previous, version, path, checksum);
            entries.add(new Entry(0, version, path, checksum, chain, true));
            previous = chain;
        }
        return entries;
    }

    /** Writes the lock file atomically. */
    public static void write(Path lockFile, List<Entry> entries) throws IOException {
        AtomicFile.write(lockFile, out -> {
            out.write(HEADER);
            for (Entry e : entries) {
                out.write(e.text());
                out.write('\n');
            }
        });
    }

    /** Reads a lock file; lines that are not four tab-separated fields are skipped as comments. */
    public static List<Entry> read(Path lockFile) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = List.of(new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8)
                .split("\r\n|\r|\n", -1));
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IOException(lockFile + ":" + (i + 1) + ": expected version, path, checksum and chain"
                        + " separated by tabs; run `migration-lint lock` to write the file again");
            }
            boolean valid = chain(previous, f[0], f[1], f[2]).equals(f[3]);
            entries.add(new Entry(i + 1, f[0], f[1], f[2], f[3], valid));
            previous = f[3];
        }
        return entries;
    }

    /**
     * The first difference between the lock file's lines and the lines the migrations give now, as a sentence naming
     * the migration; null when they match.
     */
    public static String firstDifference(List<Entry> locked, List<Entry> current) {
        for (int i = 0; i < Math.max(locked.size(), current.size()); i++) {
            Entry l = i < locked.size() ? locked.get(i) : null;
            Entry c = i < current.size() ? current.get(i) : null;
            if (l != null && !l.chainValid()) {
                return "line " + l.line() + " (" + l.path() + ") was changed by hand: its chain hash does not match"
                        + " the lines before it";
            }
            if (l != null && c != null && l.sameAs(c)) {
                continue;
            }
            if (l != null && c != null && l.path().equals(c.path())) {
                return c.path() + " (version " + c.version() + ") changed since it was locked: its checksum is "
                        + shortened(c.checksum()) + ", line " + l.line() + " records " + shortened(l.checksum());
            }
            if (c != null && locked.stream().noneMatch(e -> e.path().equals(c.path()))) {
                return c.path() + " (version " + c.version() + ") is not in the lock file (added after it was"
                        + " written)";
            }
            if (l != null && current.stream().noneMatch(e -> e.path().equals(l.path()))) {
                return l.path() + " (version " + l.version() + ", line " + l.line() + ") was deleted";
            }
            return (c != null ? c.path() : l.path()) + " is out of place: the lock file lists the migrations in"
                    + " another order";
        }
        return null;
    }

    private static String shortened(String checksum) {
        return checksum.length() > 19 ? checksum.substring(0, 19) + "..." : checksum;
    }

    static String chain(String previous, String version, String path, String checksum) {
        return Checksums.sha256Hex(previous + "\n" + version + "\t" + path + "\t" + checksum)
                .substring(0, CHAIN_HEX);
    }
}
