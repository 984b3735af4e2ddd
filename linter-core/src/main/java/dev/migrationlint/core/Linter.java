package dev.migrationlint.core;

import dev.migrationlint.core.internal.baseline.BaselineFile;
import dev.migrationlint.core.internal.baseline.BaselineMatch;
import dev.migrationlint.core.internal.config.ConfigFile;
import dev.migrationlint.core.internal.config.ConfigLoader;
import dev.migrationlint.core.internal.config.RuleLevels;
import dev.migrationlint.core.internal.discovery.Discovery;
import dev.migrationlint.core.internal.discovery.DiscoveryOptions;
import dev.migrationlint.core.internal.discovery.DiscoveryProblem;
import dev.migrationlint.core.internal.discovery.Location;
import dev.migrationlint.core.internal.discovery.MissingPathException;
import dev.migrationlint.core.internal.discovery.RejectedFile;
import dev.migrationlint.core.internal.discovery.DiscoveryResult;
import dev.migrationlint.core.internal.discovery.PathDisplay;
import dev.migrationlint.core.internal.engine.Engine;
import dev.migrationlint.core.internal.engine.Glob;
import dev.migrationlint.core.internal.engine.RuleLevelResolver;
import dev.migrationlint.core.internal.history.HistorySources;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.Settings;
import dev.migrationlint.core.spi.TargetVersion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The entry point of the engine: configuration, discovery, the pipeline, and a sorted result. */
public final class Linter {

    private final RuleRegistry registry;

    public Linter(RuleRegistry registry) {
        this.registry = registry;
    }

    /** Lints with the rules found on the class path. */
    public static LintResult lint(LintRequest request) {
        return new Linter(RuleRegistry.load()).run(request);
    }

    /**
     * Runs one lint. Throws {@link UsageException} for anything the user must fix first (bad
     * configuration, unknown rule ids, a path that does not exist, a version out of range).
     */
    public LintResult run(LintRequest request) {
        long start = System.nanoTime();
        Prepared prepared = prepare(request);
        long discoveryMillis = (System.nanoTime() - start) / 1_000_000;
        Path workingDirectory = prepared.workingDirectory();
        ConfigFile config = prepared.config();
        String dialectText = prepared.dialectText();
        Dialect dialect = prepared.dialect();
        RuleLevelResolver levels = levels(config, prepared.configName(), request);
        String version = request.targetVersion() != null ? request.targetVersion() : config.targetVersion();
        if (version != null) {
            checkVersion(dialect, version);
        }

        Settings settings = settings(config, dialect, version);
        List<Glob> bootstrap = new ArrayList<>();
        (config.bootstrap() == null ? List.<String>of() : config.bootstrap()).forEach(g -> bootstrap.add(Glob.of(g)));
        request.bootstrap().forEach(g -> bootstrap.add(Glob.of(g)));
        DiscoveryResult discovered = prepared.discovered();

        HistorySources.Result history = new HistorySources(request.history(), workingDirectory,
                discovered.locations(), config.layoutPattern()).gather();
        Path baselineFile = request.baseline() != null ? workingDirectory.resolve(request.baseline())
                : baselineFile(config, prepared.configPath(), workingDirectory);
        BaselineFile baseline = request.baseline() != null || Files.isRegularFile(baselineFile)
                ? BaselineFile.read(baselineFile) : null;
        Set<String> focus = focus(focus(reportedPaths(discovered), history.focus()), request.focus());
        Engine engine = new Engine(registry.rules(), new Engine.Options(settings, dialectText != null, version,
                config.flyway(), bootstrap, levels, focus, history.applied(), history.provenance(),
                request.contents()));
        Engine.Output out = engine.run(discovered.locations());
        List<Notification> notifications = new ArrayList<>(out.notifications());
        notifications.addAll(history.notifications());
        for (DiscoveryProblem p : discovered.problems()) {
            notifications.add(new Notification(p.path(), Span.FILE, Level.NOTE, p.message()));
        }

        List<Finding> findings = new ArrayList<>(out.findings());
        findings.sort(Finding.ORDER);
        int known = 0;
        int stale = 0;
        if (baseline != null) {
            PathDisplay display = PathDisplay.forWorkingDirectory(workingDirectory);
            BaselineMatch match = BaselineMatch.apply(baseline, findings,
                    "accepted in the baseline " + display.display(baselineFile),
                    path -> linted(path, focus, discovered.locations()));
            findings = new ArrayList<>(match.findings());
            known = match.known();
            stale = match.stale();
        }
        List<LintResult.EnabledRule> enabled = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            if (levels.enabledAnywhere(rule.descriptor())) {
                enabled.add(new LintResult.EnabledRule(rule.descriptor(), levels.baseLevel(rule.descriptor()),
                        registry.documentation(rule.descriptor().id()).orElse(null)));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Summary summary = new Summary(discovered.locations().size(), out.files(), out.bytes(), out.statements(), out.understood(),
                out.unrecognized(), millis, discoveryMillis, known, stale);
        return new LintResult(findings, enabled, notifications, summary);
    }

    /**
     * The paths to report on: empty (all) when every location was asked for whole; otherwise the files of
     * whole locations plus the files named as PATH arguments.
     */
    private static Set<String> reportedPaths(DiscoveryResult discovered) {
        if (discovered.locations().stream().allMatch(l -> discovered.wholeLocations().contains(l.path()))) {
            return Set.of();
        }
        Set<String> paths = new java.util.HashSet<>();
        for (Location l : discovered.locations()) {
            for (Migration m : l.migrations()) {
                if (discovered.isReported(l, m.file())) {
                    paths.add(m.path());
                }
            }
            for (RejectedFile r : l.rejected()) {
                if (discovered.isReported(l, r.file())) {
                    paths.add(r.path());
                }
            }
        }
        return paths.isEmpty() ? Set.of("") : paths;
    }

    /** Configuration and discovery, shared by linting and the lock file commands. */
    record Prepared(Path workingDirectory, Optional<Path> configPath, ConfigFile config, String configName,
                    String dialectText, Dialect dialect, DiscoveryResult discovered) {
    }

    static Prepared prepare(LintRequest request) {
        Path workingDirectory = request.workingDirectory().toAbsolutePath().normalize();
        Optional<Path> configPath = request.configFile() != null
                ? Optional.of(workingDirectory.resolve(request.configFile()))
                : ConfigLoader.find(workingDirectory);
        ConfigFile config = configPath.map(ConfigLoader::load).orElse(ConfigFile.EMPTY);
        String configName = configPath.map(Path::toString).orElse(ConfigLoader.FILE_NAME);
        String dialectText = request.dialect() != null ? request.dialect() : config.dialect();
        Dialect dialect = dialectText == null ? Dialect.POSTGRESQL : parse(() -> Dialect.parse(dialectText));
        String layout = request.layout() != null ? request.layout() : config.layout() != null ? config.layout() : "auto";
        Path configDir = configPath.map(Path::getParent).orElse(workingDirectory);
        List<String> locations = config.locations() == null ? List.of()
                : config.locations().stream().map(l -> configDir.resolve(l).toString()).toList();
        DiscoveryOptions discoveryOptions = parse(() -> new DiscoveryOptions(layout, config.layoutPattern(),
                config.transactional(), workingDirectory, locations, dialectText == null ? null : dialect,
                request.contents()));
        List<Path> paths = request.paths().stream().map(workingDirectory::resolve).toList();
        try {
            return new Prepared(workingDirectory, configPath, config, configName, dialectText, dialect,
                    new Discovery(discoveryOptions).discover(paths));
        } catch (MissingPathException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The paths both the PATH arguments and the change under review ask for; empty means every path, and a set
     * holding only "" means none.
     */
    private static Set<String> focus(Set<String> reported, Set<String> changed) {
        if (changed == null) {
            return reported;
        }
        Set<String> focus = new java.util.HashSet<>(changed);
        if (!reported.isEmpty()) {
            focus.retainAll(reported);
        }
        return focus.isEmpty() ? Set.of("") : focus;
    }

    /** Whether this run looked at a path: a focused path, else any path in a linted location. */
    private static boolean linted(String path, Set<String> focus, List<Location> locations) {
        if (!focus.isEmpty()) {
            return focus.contains(path);
        }
        for (Location l : locations) {
            if (l.path().equals(".") || path.startsWith(l.path() + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The baseline file {@code check} reads when it exists and {@code baseline} writes by default: the config file's
     * {@code baseline} (relative to the config file), else {@value BaselineFile#DEFAULT_NAME} beside the config file,
     * else at the git top level (else the working directory).
     */
    public static Path baselineFile(Path workingDirectory, Path configFile) {
        Path wd = workingDirectory.toAbsolutePath().normalize();
        Optional<Path> configPath = configFile != null ? Optional.of(wd.resolve(configFile)) : ConfigLoader.find(wd);
        return baselineFile(configPath.map(ConfigLoader::load).orElse(ConfigFile.EMPTY), configPath, wd);
    }

    private static Path baselineFile(ConfigFile config, Optional<Path> configPath, Path workingDirectory) {
        Path dir = configPath.map(Path::getParent).orElseGet(() -> reportRoot(workingDirectory));
        return dir.resolve(config.baseline() != null ? config.baseline() : BaselineFile.DEFAULT_NAME).normalize();
    }

    /** The folder report paths are relative to: the git top level, else the working directory. */
    public static Path reportRoot(Path workingDirectory) {
        return PathDisplay.forWorkingDirectory(workingDirectory.toAbsolutePath().normalize()).root();
    }

    private RuleLevelResolver levels(ConfigFile config, String configName, LintRequest request) {
        Map<String, Level> configured = new LinkedHashMap<>();
        if (config.rules() != null) {
            checkIds(config.rules(), configName);
            configured.putAll(config.rules().levels());
        }
        request.ruleLevels().forEach((id, level) -> {
            if (!registry.contains(id)) {
                throw new UsageException("unknown rule id '" + id + "' in --rule (see 'migration-lint rules')");
            }
            configured.put(id, parse(() -> Level.parse(level)));
        });
        List<RuleLevelResolver.PathOverride> overrides = new ArrayList<>();
        if (config.overrides() != null) {
            for (ConfigFile.Override o : config.overrides()) {
                if (o.paths() == null || o.paths().isEmpty() || o.rules() == null) {
                    throw new UsageException(configName + ": every overrides entry needs 'paths' and 'rules'");
                }
                checkIds(o.rules(), configName);
                overrides.add(new RuleLevelResolver.PathOverride(o.paths().stream().map(Glob::of).toList(),
                        o.rules().levels()));
            }
        }
        return new RuleLevelResolver(configured, overrides);
    }

    private void checkIds(RuleLevels levels, String configName) {
        for (String id : levels.levels().keySet()) {
            if (!registry.contains(id)) {
                throw new UsageException(configName + ":" + levels.lines().get(id) + ": unknown rule id '" + id
                        + "' (see 'migration-lint rules')");
            }
        }
    }

    private static Settings settings(ConfigFile config, Dialect dialect, String version) {
        Settings d = Settings.defaults();
        ConfigFile.Flyway fw = config.flyway();
        ConfigFile.Java java = config.java();
        ConfigFile.Limits limits = config.limits();
        return new Settings(dialect,
                TargetVersion.parse(version != null ? version : Engine.defaultVersion(dialect)),
                config.defaultSchema() != null ? config.defaultSchema() : d.defaultSchema(),
                or(config.lockTimeoutSetByRunner(), d.lockTimeoutSetByRunner()),
                or(config.statementTimeoutSetByRunner(), d.statementTimeoutSetByRunner()),
                or(config.requireUndo(), d.requireUndo()),
                new Settings.Flyway(
                        fw == null ? d.flyway().transactionalLock() : or(fw.transactionalLock(),
                                d.flyway().transactionalLock()),
                        fw == null ? d.flyway().mixed() : or(fw.mixed(), d.flyway().mixed()),
                        fw == null || fw.placeholders() == null ? Map.of() : fw.placeholders()),
                config.golangMigrate() != null && Boolean.TRUE.equals(config.golangMigrate().multiStatement()),
                java == null ? d.java() : new Settings.JavaMigrations(
                        java.forbiddenPackages() != null ? java.forbiddenPackages() : d.java().forbiddenPackages(),
                        java.migrationBaseClasses() != null ? java.migrationBaseClasses()
                                : d.java().migrationBaseClasses(),
                        java.rollbackMethods() != null ? java.rollbackMethods() : d.java().rollbackMethods()),
                limits == null ? d.limits() : new Settings.Limits(
                        or(limits.maxStatements(), d.limits().maxStatements()),
                        or(limits.maxTables(), d.limits().maxTables()),
                        or(limits.deletedAfterDays(), d.limits().deletedAfterDays()),
                        or(limits.squashAfterDays(), d.limits().squashAfterDays())));
    }

    /** Rejects versions outside what the rules reason about (cli.md). */
    static void checkVersion(Dialect dialect, String text) {
        TargetVersion v = parse(() -> TargetVersion.parse(text));
        String range;
        boolean ok;
        switch (dialect) {
            case MYSQL -> {
                range = "MySQL 5.7 to 8.4";
                ok = v.atLeast(5, 7) && !v.atLeast(8, 5);
            }
            case MARIADB -> {
                range = "MariaDB 10.4 to 11.x";
                ok = v.atLeast(10, 4) && v.major() <= 11;
            }
            case POSTGRESQL -> {
                range = "PostgreSQL 9.6 to 18";
                ok = v.atLeast(9, 6) && v.major() <= 18 && (v.major() != 9 || v.minor() == 6)
                        && (v.major() < 10 || v.minor() == 0) && !v.hasPatch();
            }
            default -> {
                range = "any";
                ok = true;
            }
        }
        if (!ok) {
            throw new UsageException("target version " + text + " is outside the supported range (" + range + ")");
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
