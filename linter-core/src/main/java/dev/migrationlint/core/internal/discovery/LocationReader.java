package dev.migrationlint.core.internal.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migrationlint.core.ContentOverrides;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationKind;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a found location's files into migrations (with the execution settings their companion files give) and
 * rejected files, in the order the tool applies them.
 */
final class LocationReader {

    /** Versioned by version (forward before backward), then repeatables by description; paths break ties. */
    static final Comparator<Migration> TOOL_ORDER = Comparator
            .comparing((Migration m) -> m.version() == null)
            .thenComparing(Migration::version, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(m -> kindRank(m.kind()))
            .thenComparing(Migration::description)
            .thenComparing(Migration::language)
            .thenComparing(Migration::path);

    private final FolderTree tree;
    private final LayoutDetector detector;
    private final PathDisplay display;
    private final Problems problems;
    private final Pattern layoutPattern;
    private final Boolean patternTransactional;
    private final String popDialect;
    private final ContentOverrides contents;

    /**
     * {@code dialect} (configured, or null) picks pop's per-dialect files; {@code contents} gives the Flyway
     * {@code .sql.conf} files to read instead of the disk's (the git index for staged files).
     */
    LocationReader(FolderTree tree, LayoutDetector detector, PathDisplay display, Problems problems,
                   Pattern layoutPattern, Boolean patternTransactional, Dialect dialect, ContentOverrides contents) {
        this.tree = tree;
        this.detector = detector;
        this.display = display;
        this.problems = problems;
        this.layoutPattern = layoutPattern;
        this.patternTransactional = patternTransactional;
        this.popDialect = DialectFolders.popDialectFor(dialect);
        this.contents = contents;
    }

    /** The location's files; {@code hintTop} is the highest folder whose name may hint the dialect. */
    Location read(LocationSpec spec, ToolSettings toolSettings, Path hintTop) {
        Reading reading = new Reading(spec);
        if (spec.layout() == Layout.FOLDER) {
            reading.folderLayout();
        } else {
            reading.files();
        }
        List<Migration> migrations = spec.layout() == Layout.POP ? reading.popSelection() : reading.migrations;
        migrations.sort(TOOL_ORDER);
        reading.rejected.sort(Comparator.comparing(RejectedFile::path));
        Dialect hint = spec.layout() == Layout.POP ? reading.popHint(migrations) : null;
        if (hint == null) {
            hint = DialectFolders.hint(spec.directory(), hintTop);
        }
        if (hint == null) {
            hint = DialectContent.hint(migrations);
        }
        return new Location(reading.location, spec.directory(), spec.layout().id(), spec.layout().runner(), migrations,
                reading.rejected, toolSettings, hint);
    }

    /** An explicit transaction setting and where it came from; nulls when the tool's default applies. */
    private record Execution(Boolean inTransaction, String source) {
        static final Execution DEFAULT = new Execution(null, null);
    }

    /** The reading of one location. */
    private final class Reading {
        final LocationSpec spec;
        final Layout layout;
        final String location;
        final List<Migration> migrations = new ArrayList<>();
        final List<RejectedFile> rejected = new ArrayList<>();
        final Map<Migration, String> popDialects = new IdentityHashMap<>();

        Reading(LocationSpec spec) {
            this.spec = spec;
            this.layout = spec.layout();
            this.location = display.display(spec.directory());
        }

        void files() {
            NameReader reader = new NameReader(layout, layoutPattern);
            for (Path source : spec.sources()) {
                List<Path> dirs = spec.recursive() ? tree.subtree(source).dirs() : List.of(source);
                for (Path dir : dirs) {
                    FolderTree.Listing listing = tree.list(dir);
                    for (String name : listing.files()) {
                        if (!CompanionFiles.isCompanion(name)) {
                            file(listing, dir.resolve(name), reader.read(name));
                        }
                    }
                }
            }
        }

        private void file(FolderTree.Listing listing, Path file, NameMatch match) {
            if (match.isRejected()) {
                reject(file, match.rejection());
            } else if (match.isAccepted()) {
                Migration migration = add(file, match.name(), execution(listing, file, match.name()));
                if (match.name().popDialect() != null) {
                    popDialects.put(migration, match.name().popDialect());
                }
            }
        }

        private Execution execution(FolderTree.Listing listing, Path file, ParsedName name) {
            if (layout == Layout.PATTERN && patternTransactional != null) {
                return new Execution(patternTransactional, "transactional in .migration-lint.yml");
            }
            if (name.autocommit()) {
                return new Execution(false, display.display(file));
            }
            Path conf = file.resolveSibling(file.getFileName() + ".conf");
            if (layout.isFlywayFamily() && name.language() == Language.SQL
                    && contents.exists(conf, listing.hasFile(conf.getFileName().toString()))) {
                return flywayScriptConfig(conf);
            }
            return Execution.DEFAULT;
        }

        void folderLayout() {
            Path dir = spec.directory();
            NameReader reader = new NameReader(Layout.FOLDER, null);
            FolderTree.Listing listing = tree.list(dir);
            for (String name : listing.files()) {
                if (!CompanionFiles.isCompanion(name)) {
                    file(listing, dir.resolve(name), reader.read(name));
                }
            }
            for (Path sub : listing.dirs()) {
                if (detector.belongsToFolderLayout(sub)) {
                    migrationFolder(sub);
                }
            }
        }

        private void migrationFolder(Path sub) {
            String name = sub.getFileName().toString();
            NameMatch up = NameReader.readFolder(name, MigrationKind.UP);
            if (up.isRejected()) {
                reject(sub, up.rejection());
                return;
            }
            FolderTree.Listing listing = tree.list(sub);
            if (!listing.hasFile("up.sql")) {
                reject(sub, "migration folder without up.sql");
                return;
            }
            Execution execution = folderMetadata(sub, listing);
            add(sub.resolve("up.sql"), up.name(), execution);
            if (listing.hasFile("down.sql")) {
                add(sub.resolve("down.sql"), NameReader.readFolder(name, MigrationKind.DOWN).name(), execution);
            }
            for (String file : listing.files()) {
                if (file.endsWith(".sql") && !file.equals("up.sql") && !file.equals("down.sql")) {
                    reject(sub.resolve(file), "a migration folder runs only up.sql and down.sql");
                }
            }
        }

        private Migration add(Path file, ParsedName name, Execution execution) {
            Migration migration = new Migration(display.display(file), file, location, name.version(),
                    name.description(), name.kind(), name.language(), layout.id(), layout.runner(),
                    execution.inTransaction(), execution.source());
            migrations.add(migration);
            return migration;
        }

        private void reject(Path file, String reason) {
            rejected.add(new RejectedFile(display.display(file), file, reason));
        }

        /**
         * pop runs, per version and direction, the file for its dialect and else the dialect-neutral one; other
         * dialects' files are not its business (neither migrations nor badly named).
         */
        List<Migration> popSelection() {
            Set<String> specific = new HashSet<>();
            for (Migration m : migrations) {
                if (popDialects.get(m).equals(popDialect)) {
                    specific.add(versionKey(m));
                }
            }
            List<Migration> selected = new ArrayList<>();
            for (Migration m : migrations) {
                String dialect = popDialects.get(m);
                if (dialect.equals(popDialect) || dialect.equals("all") && !specific.contains(versionKey(m))) {
                    selected.add(m);
                }
            }
            return selected;
        }

        Dialect popHint(List<Migration> selected) {
            return selected.stream().anyMatch(m -> popDialects.get(m).equals(popDialect))
                    ? DialectFolders.ofPopDialect(popDialect) : null;
        }

        private static String versionKey(Migration m) {
            return m.kind() + ":" + m.version().parts();
        }
    }

    /** Flyway's per-script {@code V1__x.sql.conf}: {@code executeInTransaction=false} runs the script outside a transaction. */
    private Execution flywayScriptConfig(Path conf) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(new String(contents.read(conf), StandardCharsets.UTF_8))) {
            properties.load(reader);
        } catch (IOException | RuntimeException e) {
            problems.add(conf, "not read (" + e.getMessage() + "); the script's executeInTransaction is unknown");
            return Execution.DEFAULT;
        }
        String value = properties.getProperty("executeInTransaction", "").trim();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            return Execution.DEFAULT;
        }
        return new Execution(Boolean.parseBoolean(value), display.display(conf));
    }

    /**
     * diesel's {@code metadata.toml} {@code run_in_transaction = false} and sourcegraph's {@code metadata.yaml}
     * {@code createIndexConcurrently: true} both run the folder's scripts outside a transaction.
     */
    private Execution folderMetadata(Path sub, FolderTree.Listing listing) {
        try {
            if (listing.hasFile("metadata.toml")) {
                Path file = sub.resolve("metadata.toml");
                JsonNode value = TreeReaders.TOML.readTree(file.toFile()).path("run_in_transaction");
                if (value.isBoolean()) {
                    return new Execution(value.booleanValue(), display.display(file));
                }
            }
            if (listing.hasFile("metadata.yaml")) {
                Path file = sub.resolve("metadata.yaml");
                JsonNode value = TreeReaders.YAML.readTree(file.toFile()).path("createIndexConcurrently");
                if (value.isBoolean() && value.booleanValue()) {
                    return new Execution(false, display.display(file));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(sub, "migration metadata not read (" + e.getMessage() + "); the tool's default transaction assumed");
        }
        return Execution.DEFAULT;
    }

    private static int kindRank(MigrationKind kind) {
        return switch (kind) {
            case VERSIONED, UP, REPEATABLE -> 0;
            case BASELINE -> 1;
            case UNDO, DOWN -> 2;
        };
    }
}
