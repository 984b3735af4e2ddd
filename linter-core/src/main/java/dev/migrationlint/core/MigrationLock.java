package dev.migrationlint.core;

import dev.migrationlint.core.internal.discovery.Location;
import dev.migrationlint.core.internal.discovery.PathDisplay;
import dev.migrationlint.core.internal.history.LockFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code lock} command's work: write each migration location's {@code migrations.lock}, or verify it. Locations
 * are found as {@code check} finds them (PATH arguments, configuration, conventions).
 */
public final class MigrationLock {

    /**
     * One location's lock file.
     *
     * @param lockFile   as reports show paths
     * @param migrations how many migrations it lists (written) or the location holds (checked)
     * @param difference the first migration that differs from the file, as a sentence; null when all match (or when
     *                   the file was written)
     */
    public record LocationLock(String lockFile, int migrations, String difference) {
    }

    private MigrationLock() {
    }

    /** Writes (or rewrites) every location's lock file atomically. */
    public static List<LocationLock> write(LintRequest request) {
        Linter.Prepared prepared = Linter.prepare(request);
        PathDisplay display = PathDisplay.forWorkingDirectory(prepared.workingDirectory());
        List<LocationLock> written = new ArrayList<>();
        for (Location location : prepared.discovered().locations()) {
            Path lock = location.directory().resolve(LockFile.NAME);
            List<LockFile.Entry> entries = LockFile.compute(lock, location.migrations());
            try {
                LockFile.write(lock, entries);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + lock + ": " + e.getMessage(), e);
            }
            written.add(new LocationLock(display.display(lock), entries.size(), null));
        }
        return written;
    }

    /** Compares every location's lock file with its migrations; a missing lock file is a difference. */
    public static List<LocationLock> check(LintRequest request) {
        Linter.Prepared prepared = Linter.prepare(request);
        PathDisplay display = PathDisplay.forWorkingDirectory(prepared.workingDirectory());
        List<LocationLock> checked = new ArrayList<>();
        for (Location location : prepared.discovered().locations()) {
            Path lock = location.directory().resolve(LockFile.NAME);
            List<LockFile.Entry> current = LockFile.compute(lock, location.migrations());
            String difference;
            if (!Files.isRegularFile(lock)) {
                difference = "no lock file: run `migration-lint lock` to write it";
            } else {
                try {
                    difference = LockFile.firstDifference(LockFile.read(lock), current);
                } catch (IOException e) {
                    difference = "cannot read the lock file: " + e.getMessage();
                }
            }
            checked.add(new LocationLock(display.display(lock), current.size(), difference));
        }
        return checked;
    }
}
