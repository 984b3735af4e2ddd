package dev.migrationlint.core.internal.config;

import dev.migrationlint.core.internal.discovery.Discovery;
import dev.migrationlint.core.internal.discovery.DiscoveryOptions;
import dev.migrationlint.core.internal.discovery.DiscoveryResult;
import dev.migrationlint.core.internal.discovery.Location;
import dev.migrationlint.core.internal.discovery.MissingPathException;
import dev.migrationlint.core.internal.discovery.ToolSettings;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code .migration-lint.yml} that {@code init} writes: what discovery finds below the working directory (the
 * locations {@code check .} lints, their layout), the dialect (from database URLs in the
 * project's configuration, else from folder names), and the Flyway settings found, each with a comment saying where
 * it came from. Settings the linter reads from the tool's own files on every run are written as comments, so that
 * the two never drift apart.
 *
 * @param yaml          the file's text
 * @param dialect       the dialect written, or null when none is (folder names decide per location)
 * @param dialectSource why that dialect
 * @param layout        the layout written
 * @param locations     the locations written, relative to the working directory
 */
public record ConfigDraft(String yaml, String dialect, String dialectSource, String layout, List<String> locations) {

    /** Database URLs: JDBC ones, and the scheme URLs of golang-migrate, dbmate, sqlx and diesel. */
    private static final Pattern URL = Pattern.compile(
            "jdbc:(postgresql|mysql|mariadb|sqlite|h2):|\\b(postgres|postgresql|mysql|mariadb|sqlite3?)://",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "build", "node_modules", "vendor",
            "dist", "out", ".gradle", ".idea", ".mvn");
    private static final int MAX_DEPTH = 8;
    private static final int MAX_BYTES = 256 * 1024;

    /** Surveys {@code workingDirectory} and drafts its configuration. */
    public static ConfigDraft detect(Path workingDirectory) {
        Path wd = workingDirectory.toAbsolutePath().normalize();
        DiscoveryResult discovered;
        try {
            discovered = new Discovery(DiscoveryOptions.defaults(wd)).discover(List.of(wd));
        } catch (MissingPathException e) {
            throw new IllegalStateException("the working directory exists", e);
        }
        List<Location> locations = discovered.locations();

        Set<String> layouts = new LinkedHashSet<>();
        List<String> folders = new ArrayList<>();
        for (Location l : locations) {
            layouts.add(l.layout());
            for (Path dir : folders(l)) {
                String rel = relative(wd, dir);
                if (!folders.contains(rel)) {
                    folders.add(rel);
                }
            }
        }
        String layout = layouts.size() == 1 ? layouts.iterator().next() : "auto";

        Set<Dialect> hints = new LinkedHashSet<>();
        locations.stream().map(Location::dialectHint).filter(d -> d != null).forEach(hints::add);
        Map<Dialect, String> urls = databaseUrls(wd);
        String dialect;
        String source;
        if (!urls.isEmpty()) {
            Dialect d = urls.keySet().iterator().next();
            dialect = d.id();
            source = "database URL in " + urls.get(d);
        } else if (hints.size() == 1) {
            dialect = hints.iterator().next().id();
            source = "folder name of the migration location";
        } else {
            dialect = Dialect.POSTGRESQL.id();
            source = "no database URL or dialect folder found, so the default";
        }
        String chosen = dialect;
        if (hints.stream().anyMatch(h -> !h.id().equals(chosen))) {
            // A dialect given here would override the folder names that tell these locations apart.
            source = "folder names name " + String.join(", ", hints.stream().map(Dialect::id).toList())
                    + "; not set, so that each of those locations keeps its folder's dialect (others: postgresql)";
            dialect = null;
        }
        StringBuilder y = new StringBuilder();
        y.append("# migration-lint configuration, drafted by 'migration-lint init' from what it found here.\n")
                .append("# Every key is optional and unknown keys are errors; the README documents them all\n")
                .append("# (section \"Configuration: .migration-lint.yml\").\n\n");
        y.append("# SQL dialect: postgresql, mysql, mariadb, sqlite, h2 or generic. Detected: ").append(source)
                .append(".\n");
        y.append(dialect == null ? "# dialect: postgresql\n" : "dialect: " + dialect + "\n");
        y.append("\n# Server version the rules reason about, as a string (PostgreSQL 9.6-18, default 15; MySQL 5.7-8.4,\n")
                .append("# default 8.0; MariaDB 10.4-11.x, default 10.11).\n")
                .append("# targetVersion: \"15\"\n");
        y.append("\n# How migration files are named and run: auto, flyway, timestamp, epoch, golang-migrate, goose,\n")
                .append("# dbmate, sqlx, folder, pop or pattern. Detected: ")
                .append(locations.isEmpty() ? "no migrations, so auto"
                        : layouts.size() == 1 ? layout + (locations.size() == 1 ? "" : " in every location")
                        : "several (" + String.join(", ", layouts) + "), so auto picks per location")
                .append(".\n");
        y.append("layout: ").append(layout).append('\n');
        y.append("\n# Migration locations, relative to this file: 'check' without PATH lints these.\n");
        if (folders.isEmpty()) {
            y.append("# None found (conventional folders: db/migration, migrations; or Flyway/Spring locations).\n")
                    .append("# locations: [db/migration]\n");
        } else {
            y.append("locations:\n");
            for (String f : folders) {
                y.append("  - ").append(quoted(f)).append('\n');
            }
        }
        y.append(flyway(locations));
        y.append("""

                # The runner sets lock_timeout / statement_timeout itself (e.g. on the role).
                # lockTimeoutSetByRunner: false
                # statementTimeoutSetByRunner: false

                # Paths where data changes are allowed (gitignore-style globs).
                # bootstrap: ["**/bootstrap/**"]

                # Findings accepted when adopting the linter: 'migration-lint baseline' writes them, 'check' then
                # fails on new ones only.
                # baseline: .migration-lint-baseline.json

                # Rule levels: error, warning, note or off ('migration-lint rules' lists the rules).
                # rules:
                #   require-lock-timeout: error
                """);
        return new ConfigDraft(y.toString(), dialect, source, layout, List.copyOf(folders));
    }

    /** The location's folder, and the folders of its migrations outside it (Java migrations beside the resources). */
    private static List<Path> folders(Location l) {
        List<Path> dirs = new ArrayList<>(List.of(l.directory()));
        for (Migration m : l.migrations()) {
            Path dir = m.file().toAbsolutePath().normalize().getParent();
            if (!dir.startsWith(l.directory()) && dirs.stream().noneMatch(dir::startsWith)) {
                dirs.add(dir);
            }
        }
        return dirs;
    }

    /** The Flyway settings the tool's own configuration gives, as comments naming where they are read from. */
    private static String flyway(List<Location> locations) {
        Map<String, String> found = new TreeMap<>();
        String source = null;
        for (Location l : locations) {
            ToolSettings t = l.toolSettings();
            if (t == null || t.source() == null) {
                continue;
            }
            boolean any = false;
            if (t.transactionalLock() != null) {
                any |= found.putIfAbsent("transactionalLock", t.transactionalLock().toString()) == null;
            }
            if (t.mixed() != null) {
                any |= found.putIfAbsent("mixed", t.mixed().toString()) == null;
            }
            if (!t.placeholders().isEmpty()) {
                StringBuilder p = new StringBuilder("{ ");
                new TreeMap<>(t.placeholders()).forEach((k, v) -> p.append(p.length() > 2 ? ", " : "")
                        .append(k).append(": ").append(quoted(v)));
                any |= found.putIfAbsent("placeholders", p.append(" }").toString()) == null;
            }
            if (any && source == null) {
                source = t.source();
            }
        }
        StringBuilder y = new StringBuilder("\n# Flyway settings. ");
        if (found.isEmpty()) {
            y.append("None found in flyway.conf, flyway.toml or spring.flyway.*; the defaults:\n")
                    .append("# flyway:\n")
                    .append("#   transactionalLock: true   # postgresql.transactional.lock (Flyway 9.1+)\n")
                    .append("#   mixed: false\n");
        } else {
            y.append("Found in ").append(source).append(" (read from there on every run);\n")
                    .append("# uncomment to override them here:\n# flyway:\n");
            found.forEach((k, v) -> y.append("#   ").append(k).append(": ").append(v).append('\n'));
        }
        return y.toString();
    }

    /** Dialects named by database URLs in the project's configuration files, most often named first, with a file. */
    static Map<Dialect, String> databaseUrls(Path root) {
        Map<Dialect, Integer> counts = new EnumMap<>(Dialect.class);
        Map<Dialect, String> firstFile = new EnumMap<>(Dialect.class);
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            files.filter(ConfigDraft::isConfigurationFile)
                    .filter(f -> !skipped(root, f))
                    .sorted()
                    .forEach(f -> {
                        for (Dialect d : dialects(read(f))) {
                            counts.merge(d, 1, Integer::sum);
                            firstFile.putIfAbsent(d, relative(root, f));
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable tree gives no hint; the draft falls back to folder names and the default.
        }
        Map<Dialect, String> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Dialect, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), firstFile.get(e.getKey())));
        return sorted;
    }

    private static Set<Dialect> dialects(String text) {
        Set<Dialect> found = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            found.add(switch (name) {
                case "postgres", "postgresql" -> Dialect.POSTGRESQL;
                case "mysql" -> Dialect.MYSQL;
                case "mariadb" -> Dialect.MARIADB;
                case "h2" -> Dialect.H2;
                default -> Dialect.SQLITE;
            });
        }
        return found;
    }

    private static boolean isConfigurationFile(Path f) {
        String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("flyway.conf") || name.equals("flyway.toml") || name.equals(".env")
                || name.endsWith(".env") || name.equals("dbconfig.yml") || name.equals("diesel.toml")
                || name.startsWith("application") && (name.endsWith(".properties") || name.endsWith(".yml")
                        || name.endsWith(".yaml"))
                || (name.startsWith("docker-compose") || name.startsWith("compose"))
                        && (name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    private static boolean skipped(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String relative(Path root, Path p) {
        String rel = root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    /** A YAML single-quoted scalar: nothing in it is special but the quote, written twice. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
