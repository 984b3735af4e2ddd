package dev.migrationlint.core.internal.history;

import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.Notification;
import dev.migrationlint.core.UsageException;
import dev.migrationlint.core.internal.discovery.Location;
import dev.migrationlint.core.internal.discovery.MigrationNames;
import dev.migrationlint.core.internal.discovery.PathDisplay;
import dev.migrationlint.core.internal.engine.Provenance;
import dev.migrationlint.core.spi.AppliedMigration;
import dev.migrationlint.core.spi.ChangeSet;
import dev.migrationlint.core.spi.ChecksumKind;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Version;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers what the configured sources of truth say was applied or released — each location's lock file, a git base
 * ref, Flyway's history table — and what git knows about the files (first commits, the change under review).
 */
public final class HistorySources {

    /**
     * @param applied       by location path
     * @param focus         the paths the change under review touches (to report on), or null for no restriction
     * @param provenance    git facts for history rules
     * @param notifications problems with the sources themselves (a lock file edited by hand)
     */
    public record Result(Map<String, List<AppliedMigration>> applied, Set<String> focus, Provenance provenance,
                         List<Notification> notifications) {
    }

    private final LintRequest.History options;
    private final Path workingDirectory;
    private final PathDisplay display;
    private final List<Location> locations;
    private final String layoutPattern;
    private final Map<String, List<AppliedMigration>> applied = new LinkedHashMap<>();
    private final List<Notification> notifications = new ArrayList<>();

    public HistorySources(LintRequest.History options, Path workingDirectory, List<Location> locations, String layoutPattern) {
        this.options = options;
        this.workingDirectory = workingDirectory;
        this.display = PathDisplay.forWorkingDirectory(workingDirectory);
        this.locations = locations;
        this.layoutPattern = layoutPattern;
    }

    public Result gather() {
        readLockFiles();
        Set<String> focus = null;
        ChangeSet changeSet = null;
        if (options.baseRef() != null) {
            Path top = PathDisplay.gitTopLevel(workingDirectory);
            if (top == null) {
                throw new UsageException("--base " + options.baseRef() + " needs a git repository, and "
                        + workingDirectory + " is not inside one");
            }
            Git git = Git.at(top);
            String commit = git(() -> git.resolve(options.baseRef()));
            if (commit == null) {
                throw new UsageException("--base: unknown git ref '" + options.baseRef() + "'");
            }
            readBase(git, commit);
            Map<String, Character> changes = git(() -> git.changesSince(commit));
            changeSet = changeSet("since " + options.baseRef(), git, changes);
            if (!options.all()) {
                focus = new LinkedHashSet<>();
                for (ChangeSet.ChangedFile f : changeSet.files()) {
                    focus.add(f.path());
                }
            }
        }
        if (options.jdbcUrl() != null) {
            readFlywayHistory();
        }
        return new Result(applied, focus, new GitProvenance(changeSet), notifications);
    }

    private void add(Location location, AppliedMigration m) {
        applied.computeIfAbsent(location.path(), k -> new ArrayList<>()).add(m);
    }

    private void readLockFiles() {
        if (options.lockFile() != null) {
            Path lock = workingDirectory.resolve(options.lockFile()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(lock)) {
                throw new UsageException("--lock-file: no such file: " + options.lockFile());
            }
            List<LockFile.Entry> entries = readLock(lock);
            for (LockFile.Entry e : entries) {
                Path file = lock.getParent().resolve(e.path()).normalize();
                Location owner = locations.size() == 1 ? locations.get(0) : owner(file);
                if (owner != null) {
                    add(owner, lockEntry(lock, e, file));
                }
            }
            return;
        }
        for (Location location : locations) {
            Path lock = location.directory().resolve(LockFile.NAME);
            if (Files.isRegularFile(lock)) {
                for (LockFile.Entry e : readLock(lock)) {
                    add(location, lockEntry(lock, e, lock.getParent().resolve(e.path()).normalize()));
                }
            }
        }
    }

    private List<LockFile.Entry> readLock(Path lock) {
        try {
            List<LockFile.Entry> entries = LockFile.read(lock);
            for (LockFile.Entry e : entries) {
                if (!e.chainValid()) {
                    notifications.add(new Notification(display.display(lock), new Span(0, 0, e.line(), 1, e.line(), 1),
                            Level.WARNING, "line " + e.line() + " was changed by hand: its chain hash does not match"
                            + " the lines before it; run `migration-lint lock` to write the file again"));
                    break;
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UsageException("cannot read the lock file: " + e.getMessage());
        }
    }

    private AppliedMigration lockEntry(Path lock, LockFile.Entry e, Path file) {
        Version version = e.version().equals(LockFile.NO_VERSION) ? null : MigrationNames.version(e.version());
        return new AppliedMigration(LockFile.NAME, version, display.display(file), "", e.checksum(),
                ChecksumKind.CONTENT, null, display.display(lock), e.line());
    }

    /** The location a file belongs to: the one with that migration, else the one whose folder holds it. */
    private Location owner(Path file) {
        for (Location l : locations) {
            for (Migration m : l.migrations()) {
                if (m.file().toAbsolutePath().normalize().equals(file)) {
                    return l;
                }
            }
        }
        Location best = null;
        for (Location l : locations) {
            Path dir = l.directory().toAbsolutePath().normalize();
            if (file.startsWith(dir) && (best == null || dir.getNameCount() > best.directory().getNameCount())) {
                best = l;
            }
        }
        return best;
    }

    /** The folders of a location, relative to the repository: its own and those of migrations kept elsewhere. */
    private List<Path> folders(Location location) {
        Set<Path> folders = new LinkedHashSet<>();
        Path dir = location.directory().toAbsolutePath().normalize();
        folders.add(dir);
        for (Migration m : location.migrations()) {
            Path file = m.file().toAbsolutePath().normalize();
            if (!file.startsWith(dir)) {
                folders.add(file.getParent());
            }
        }
        return new ArrayList<>(folders);
    }

    private void readBase(Git git, String commit) {
        String source = "git base " + options.baseRef();
        for (Location location : locations) {
            Map<String, Version> versions = new LinkedHashMap<>();
            for (Path folder : folders(location)) {
                if (!folder.startsWith(git.top())) {
                    continue;
                }
                String rel = slashes(git.top().relativize(folder).toString());
                for (String file : git(() -> git.files(commit, List.of(rel)))) {
                    String inside = rel.isEmpty() ? file : file.substring(rel.length() + 1);
                    MigrationNames.read(location.layout(), layoutPattern, inside)
                            .filter(n -> n.kind().isForward())
                            .ifPresent(n -> versions.put(file, n.version()));
                }
            }
            Map<String, byte[]> contents = git(() -> git.contents(commit, new ArrayList<>(versions.keySet())));
            for (Map.Entry<String, byte[]> e : contents.entrySet()) {
                add(location, new AppliedMigration(source, versions.get(e.getKey()),
                        display.display(git.top().resolve(e.getKey())), "", Checksums.content(e.getValue()),
                        ChecksumKind.CONTENT, null, null, 0));
            }
        }
    }

    private ChangeSet changeSet(String name, Git git, Map<String, Character> changes) {
        List<Path> dirs = new ArrayList<>();
        locations.forEach(l -> dirs.addAll(folders(l)));
        List<ChangeSet.ChangedFile> files = new ArrayList<>();
        for (Map.Entry<String, Character> e : changes.entrySet()) {
            Path file = git.top().resolve(e.getKey()).normalize();
            boolean migration = dirs.stream().anyMatch(file::startsWith);
            ChangeSet.Status status = e.getValue() == 'A' ? ChangeSet.Status.ADDED
                    : e.getValue() == 'D' ? ChangeSet.Status.DELETED : ChangeSet.Status.MODIFIED;
            files.add(new ChangeSet.ChangedFile(display.display(file), status, migration));
        }
        return new ChangeSet(name, files);
    }

    private void readFlywayHistory() {
        List<FlywayHistory.Row> rows;
        try {
            rows = FlywayHistory.read(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
        } catch (SQLException e) {
            String url = options.jdbcUrl();
            int q = url.indexOf('?');
            throw new UsageException("cannot read " + FlywayHistory.TABLE + " at " + (q < 0 ? url : url.substring(0, q))
                    + ": " + e.getMessage());
        }
        List<Location> flyway = locations.stream().filter(l -> l.runner() == Runner.FLYWAY).toList();
        for (FlywayHistory.Row row : rows) {
            Version version = MigrationNames.version(row.version());
            Location owner = null;
            for (Location l : flyway) {
                if (version != null && l.migrations().stream().anyMatch(m -> m.version() != null
                        && m.kind().isForward() && m.version().sameAs(version))) {
                    owner = l;
                    break;
                }
            }
            if (owner == null && flyway.size() == 1) {
                owner = flyway.get(0);
            }
            if (owner != null) {
                add(owner, new AppliedMigration(FlywayHistory.TABLE, version,
                        row.script() == null ? null : owner.path() + "/" + row.script(),
                        row.description() == null ? "" : row.description(),
                        row.checksum() == null ? null : row.checksum().toString(), ChecksumKind.FLYWAY,
                        row.installedOn(), null, 0));
            }
        }
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }

    private static <T> T git(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (Git.GitException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** First commits read from git once per repository folder, when a rule first asks. */
    private final class GitProvenance implements Provenance {
        private final ChangeSet changeSet;
        private Map<String, Instant> firstCommits;

        GitProvenance(ChangeSet changeSet) {
            this.changeSet = changeSet;
        }

        @Override
        public synchronized Optional<Instant> firstCommitted(String path) {
            if (firstCommits == null) {
                firstCommits = new HashMap<>();
                readFirstCommits();
            }
            return Optional.ofNullable(firstCommits.get(path));
        }

        private void readFirstCommits() {
            Map<Path, List<String>> byRepository = new LinkedHashMap<>();
            for (Location l : locations) {
                for (Path folder : folders(l)) {
                    Path top = PathDisplay.gitTopLevel(folder);
                    if (top != null) {
                        byRepository.computeIfAbsent(top, k -> new ArrayList<>())
                                .add(slashes(top.relativize(folder).toString()));
                    }
                }
            }
            for (Map.Entry<Path, List<String>> e : byRepository.entrySet()) {
                try {
                    Git.at(e.getKey()).firstAdded(e.getValue()).forEach((p, when) ->
                            firstCommits.put(display.display(e.getKey().resolve(p)), when));
                } catch (Git.GitException | java.io.UncheckedIOException ignored) {
                    // Without git, ages are unknown; the rules that need them treat every file as young.
                }
            }
        }

        @Override
        public Optional<ChangeSet> changeSet() {
            return Optional.ofNullable(changeSet);
        }
    }
}
