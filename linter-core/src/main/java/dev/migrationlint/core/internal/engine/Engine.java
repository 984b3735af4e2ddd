package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.ContentOverrides;
import dev.migrationlint.core.Notification;
import dev.migrationlint.core.internal.config.ConfigFile;
import dev.migrationlint.core.internal.discovery.Location;
import dev.migrationlint.core.internal.java.JavaMigrationReader;
import dev.migrationlint.core.internal.java.JavaScript;
import dev.migrationlint.core.internal.java.TestSources;
import dev.migrationlint.core.internal.history.Checksums;
import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.lex.SplitResult;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.internal.recognize.Recognizer;
import dev.migrationlint.core.internal.replay.ReplayCatalog;
import dev.migrationlint.core.spi.AppliedMigration;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.ChangeSet;
import dev.migrationlint.core.spi.ChecksumKind;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.FindingsContext;
import dev.migrationlint.core.spi.FindingsRule;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.JavaSource;
import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.Origin;
import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.RuleDescriptor;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Settings;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.Suppression;
import dev.migrationlint.core.spi.SuppressionComment;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.core.spi.Token;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Runs the pipeline over discovered locations: files are read, split and recognized in parallel;
 * then each location's history is placed (directions, transactions), replayed and checked in order;
 * finally inline suppressions are applied and the findings rules see how they were used.
 */
public final class Engine {

    /**
     * What the engine needs beyond the rules.
     *
     * @param settings        the base settings (config file and command line merged over the defaults)
     * @param dialectExplicit the dialect was given (so a location's dialect hint is ignored)
     * @param targetVersion   the version given, or null for the dialect's default
     * @param flywayConfig    the {@code flyway:} keys of the config file (they win over the tool's own files), or null
     * @param bootstrap       globs of paths that hold bootstrap data
     * @param levels          rule levels per path
     * @param focus           the paths to report on; empty means every path
     * @param applied         migrations sources of truth say were applied, by location path; may be empty
     * @param provenance      what git knows about the files, for history rules
     * @param contents        file contents that replace the disk's (the git index for staged files)
     */
    public record Options(Settings settings, boolean dialectExplicit, String targetVersion,
                          ConfigFile.Flyway flywayConfig, List<Glob> bootstrap, RuleLevelResolver levels,
                          Set<String> focus, Map<String, List<AppliedMigration>> applied, Provenance provenance,
                          ContentOverrides contents) {
        public Options {
            bootstrap = List.copyOf(bootstrap);
            focus = Set.copyOf(focus);
            applied = Map.copyOf(applied);
            contents = contents == null ? ContentOverrides.NONE : contents;
        }
    }

    /** The engine's raw output; the facade sorts and summarises it. */
    public record Output(List<Finding> findings, List<Notification> notifications, int files, long bytes,
                         long statements, long understood, Map<String, Integer> unrecognized) {
    }

    private final List<Rule> rules;
    private final Options options;
    private final long streamAbove;
    private final AtomicInteger transactionIds = new AtomicInteger();
    private final TestSources testSources = new TestSources();

    public Engine(List<Rule> rules, Options options) {
        this(rules, options, SourceText.STREAM_ABOVE);
    }

    /** With {@code streamAbove}: files larger than that many bytes are streamed ({@link StreamedParse}). */
    Engine(List<Rule> rules, Options options, long streamAbove) {
        this.rules = List.copyOf(rules);
        this.options = options;
        this.streamAbove = streamAbove;
    }

    public Output run(List<Location> locations) {
        // Locations are independent histories: lint them in parallel, then merge in location order.
        List<Run> parts = locations.parallelStream().map(location -> {
            Run part = new Run();
            lintLocation(location, part);
            return part;
        }).toList();
        Run run = new Run();
        parts.forEach(run::absorb);
        run.finish();
        return new Output(run.findings, run.notifications, run.files, run.bytes, run.statements, run.understood,
                run.unrecognized);
    }

    /** Settings for one location: its dialect hint and the tool's own configuration under the config file. */
    Settings settingsFor(Location location) {
        Settings base = options.settings();
        Dialect dialect = options.dialectExplicit() || location.dialectHint() == null
                ? base.dialect() : location.dialectHint();
        TargetVersion version = options.targetVersion() != null ? TargetVersion.parse(options.targetVersion())
                : TargetVersion.parse(defaultVersion(dialect));
        ConfigFile.Flyway own = options.flywayConfig();
        var tool = location.toolSettings();
        boolean lock = own != null && own.transactionalLock() != null ? own.transactionalLock()
                : tool != null && tool.transactionalLock() != null ? tool.transactionalLock()
                : base.flyway().transactionalLock();
        boolean mixed = own != null && own.mixed() != null ? own.mixed()
                : tool != null && tool.mixed() != null ? tool.mixed() : base.flyway().mixed();
        Map<String, String> placeholders = new HashMap<>();
        if (tool != null && tool.placeholders() != null) {
            placeholders.putAll(tool.placeholders());
        }
        placeholders.putAll(base.flyway().placeholders());
        return new Settings(dialect, version, base.defaultSchema(), base.lockTimeoutSetByRunner(),
                base.statementTimeoutSetByRunner(), base.requireUndo(),
                new Settings.Flyway(lock, mixed, placeholders), base.golangMigrateMultiStatement(), base.java(),
                base.limits());
    }

    /** The target version assumed for a dialect when none is given (cli.md). */
    public static String defaultVersion(Dialect dialect) {
        return switch (dialect) {
            case MYSQL -> "8.0";
            case MARIADB -> "10.11";
            default -> "15";
        };
    }

    private void lintLocation(Location location, Run run) {
        Settings settings = settingsFor(location);
        Recognizer recognizer = new Recognizer(settings.dialect(), settings.defaultSchema());
        List<ParsedMigration> parsed = location.migrations().parallelStream()
                .map(m -> parse(m, settings, recognizer, options.contents()))
                .toList();
        ReplayCatalog catalog = new ReplayCatalog();
        Map<Migration, JavaSource> javaSources = new HashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedMigration pm = parsed.get(i);
            lintMigration(pm, settings, catalog, run);
            if (pm.javaSource() != null) {
                javaSources.put(location.migrations().get(i), pm.javaSource());
            }
        }
        runHistoryRules(location, settings, run, javaSources);
    }

    ParsedMigration parse(Migration migration, Settings settings, Recognizer recognizer, ContentOverrides contents) {
        long size = SourceText.size(migration.file(), contents);
        ParsedMigration parsed = migration.language() == Language.JAVA
                ? parseJava(migration, settings, recognizer, contents)
                : parseSql(migration, size, settings, recognizer, contents);
        return parsed.withBytes(size);
    }

    private ParsedMigration parseSql(Migration migration, long size, Settings settings, Recognizer recognizer,
                                     ContentOverrides contents) {
        LexOptions lex = LexOptions.of(settings.dialect()).withGooseBlocks(migration.runner() == Runner.GOOSE)
                .withTargetVersion(settings.targetVersion());
        if (size > streamAbove) {
            return StreamedParse.parse(migration, lex, recognizer, contents);
        }
        SourceText source = SourceText.read(migration.file(), contents);
        if (source.text() == null) {
            return new ParsedMigration(migration, List.of(), List.of(), List.of(), source.problems(), false);
        }
        SplitResult split = Splitter.split(source.text(), lex);
        List<Fact> facts = new ArrayList<>(split.statements().size());
        List<SourceProblem> problems = new ArrayList<>(source.problems());
        problems.addAll(split.problems());
        for (RawStatement s : split.statements()) {
            facts.add(recognize(recognizer, s));
        }
        return new ParsedMigration(migration, split.statements(), facts, split.comments(), problems,
                source.text().isBlank());
    }

    /**
     * A Java migration: its class read with JavaParser (never compiled), the SQL of its JDBC calls split and recognized
     * like a script, with positions in the {@code .java} file; {@code canExecuteInTransaction()} returning false makes
     * it run outside a transaction.
     */
    private ParsedMigration parseJava(Migration migration, Settings settings, Recognizer recognizer,
                                      ContentOverrides contents) {
        SourceText source = SourceText.read(migration.file(), contents);
        if (source.text() == null) {
            return new ParsedMigration(migration, List.of(), List.of(), List.of(), source.problems(), false);
        }
        JavaMigrationReader reader = new JavaMigrationReader(settings.java().migrationBaseClasses(),
                settings.java().rollbackMethods());
        JavaMigrationReader.Reading reading;
        JavaScript script;
        try {
            reading = reader.read(source.text(), migration.path(),
                    testSources.forMigration(migration.file(), migration.path()));
            script = JavaScript.of(source.text(), reading, LexOptions.of(settings.dialect()));
        } catch (RuntimeException | StackOverflowError e) {
            // Reading Java must never fail a run: the file counts as unreadable.
            return new ParsedMigration(migration, List.of(), List.of(), List.of(), List.of(new SourceProblem(
                    SourceProblem.Kind.UNPARSEABLE, "the Java source could not be read: " + e, Span.FILE)), false);
        }
        List<SourceProblem> problems = new ArrayList<>(source.problems());
        problems.addAll(script.problems());
        List<Fact> facts = new ArrayList<>(script.statements().size());
        for (RawStatement s : script.statements()) {
            facts.add(recognize(recognizer, s));
        }
        Migration placed = migration;
        if (reading.executeInTransaction() != null && migration.executeInTransaction() == null) {
            placed = new Migration(migration.path(), migration.file(), migration.location(), migration.version(),
                    migration.description(), migration.kind(), migration.language(), migration.layout(),
                    migration.runner(), reading.executeInTransaction(), reading.executionSource());
        }
        return new ParsedMigration(placed, script.statements(), facts, script.comments(), problems, false,
                script.directions(), reading.source(), reading.note(),
                new ParsedMigration.JavaPlaces(script.sites(), reading.commentTargets()), 0, 0);
    }

    static Fact recognize(Recognizer recognizer, RawStatement s) {
        try {
            return recognizer.recognize(s.tokens());
        } catch (RuntimeException | StackOverflowError e) {
            // The recognizer must never fail a run; a statement it chokes on counts as not understood.
            String first = s.tokens().isEmpty() ? "" : s.tokens().get(0).upper();
            return new Fact.Unrecognized(first);
        }
    }

    private void lintMigration(ParsedMigration pm, Settings settings, ReplayCatalog catalog, Run run) {
        Migration migration = pm.migration();
        run.files++;
        run.bytes += pm.bytes();
        FileRun file = run.file(migration.path());
        for (SourceProblem p : pm.problems()) {
            run.notifications.add(new Notification(migration.path(), p.span(),
                    Level.WARNING, p.message()));
        }
        if (pm.note() != null) {
            run.notifications.add(new Notification(migration.path(), Span.FILE, Level.NOTE, pm.note()));
        }
        boolean bootstrap = Glob.anyMatches(options.bootstrap(), migration.path())
                || pm.comments().stream().anyMatch(InlineDirectives::isBootstrapMarker);
        for (Token c : pm.comments()) {
            InlineDirectives.Ignore ignore = InlineDirectives.parseIgnore(c);
            if (ignore != null) {
                file.ignores.add(ignore);
            }
        }

        List<ScriptModel.Input> inputs = new ArrayList<>(pm.statements().size());
        for (int i = 0; i < pm.statements().size(); i++) {
            inputs.add(new ScriptModel.Input(pm.facts().get(i), pm.statements().get(i).comments(),
                    pm.directions() == null ? null : pm.directions().get(i)));
        }
        List<ScriptModel.Placement> placements = ScriptModel.place(migration, inputs, pm.comments(), settings,
                transactionIds::incrementAndGet);

        List<Statement> statements = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            RawStatement raw = pm.statements().get(i);
            ScriptModel.Placement p = placements.get(i);
            statements.add(new Statement(i, raw.span(), raw.text(), raw.tokens(), raw.comments(), pm.facts().get(i),
                    p.direction(), p.transaction(), p.execution(), () -> AstParser.parse(raw.text(), raw.truncated())));
            Fact fact = pm.facts().get(i);
            run.statements++;
            if (fact instanceof Fact.Unrecognized u) {
                run.unrecognized.merge(u.command(), 1, Integer::sum);
            } else {
                run.understood++;
            }
        }
        run.statements += pm.absorbed();
        run.understood += pm.absorbed();
        assignIgnoreRanges(file.ignores, statements);
        if (pm.java() != null) {
            assignJavaIgnoreRanges(file.ignores, statements, pm.java());
        }

        Catalog before = catalog.snapshot();
        Predicate<Rule> applies = rule -> applies(rule, settings.dialect(), migration.path());
        // Which statement rules run depends only on the migration: decide once, not per statement.
        List<StatementRule> forwardRules = new ArrayList<>();
        List<StatementRule> downRules = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule instanceof StatementRule sr && applies.test(rule)) {
                forwardRules.add(sr);
                if (rule.descriptor().appliesToDown()) {
                    downRules.add(sr);
                }
            }
        }
        List<Statement> upSoFar = new ArrayList<>();
        List<Statement> downSoFar = new ArrayList<>();
        for (Statement statement : statements) {
            boolean forward = statement.direction() == Direction.UP && !migration.kind().isBackward();
            List<Statement> previous = forward ? upSoFar : downSoFar;
            StatementContext context = new StatementScope(statement, migration, Collections.unmodifiableList(
                    previous.subList(0, previous.size())), catalog, settings, bootstrap, file);
            for (StatementRule rule : forward ? forwardRules : downRules) {
                file.current = rule.descriptor();
                contained(rule, () -> rule.check(context), run, migration.path(), statement.span());
            }
            if (forward) {
                catalog.apply(statement.fact(), new Origin(migration.path(), migration.version(), statement.index(),
                        statement.transaction().id()));
            }
            previous.add(statement);
        }
        file.statements = statements;

        MigrationContext migrationContext = new MigrationScope(migration, statements, pm, before, catalog.snapshot(),
                settings, bootstrap, file);
        for (Rule rule : rules) {
            if (rule instanceof MigrationRule mr && applies.test(rule)
                    && (!migration.kind().isBackward() || rule.descriptor().appliesToDown())) {
                file.current = rule.descriptor();
                contained(rule, () -> mr.check(migrationContext), run, migration.path(), Span.FILE);
            }
        }
    }

    /**
     * An ignore comment covers from itself to the end of the next statement that starts after it (in the file: the
     * statements of a Java migration are in execution order, not file order).
     */
    private static void assignIgnoreRanges(List<InlineDirectives.Ignore> ignores, List<Statement> statements) {
        List<Statement> byPlace = new ArrayList<>(statements);
        byPlace.sort(Comparator.comparingLong(s -> s.span().endOffset()));
        for (InlineDirectives.Ignore ignore : ignores) {
            ignore.coversFrom = ignore.span.startOffset();
            ignore.coversTo = ignore.span.endOffset();
            for (Statement s : byPlace) {
                if (s.span().endOffset() >= ignore.span.endOffset()) {
                    ignore.coversTo = s.span().endOffset();
                    break;
                }
            }
        }
    }

    /**
     * In a Java migration an ignore comment covers the Java code it precedes (an import, a statement, a method) and
     * the SQL of every call in that code, wherever the call's literals or constants are in the file.
     */
    private static void assignJavaIgnoreRanges(List<InlineDirectives.Ignore> ignores, List<Statement> statements,
                                               ParsedMigration.JavaPlaces java) {
        for (InlineDirectives.Ignore ignore : ignores) {
            Span target = java.commentTargets().get(ignore.span.startOffset());
            if (target == null) {
                continue;
            }
            ignore.coversTo = Math.max(ignore.span.endOffset(), target.endOffset());
            for (int i = 0; i < statements.size(); i++) {
                Span site = java.sites().get(i);
                if (site.startOffset() >= target.startOffset() && site.endOffset() <= target.endOffset()) {
                    ignore.alsoCovers.add(statements.get(i));
                }
            }
        }
    }

    private boolean applies(Rule rule, Dialect dialect, String path) {
        RuleDescriptor d = rule.descriptor();
        return d.appliesTo(dialect) && options.levels().level(d, path) != Level.OFF;
    }

    private void runHistoryRules(Location location, Settings settings, Run run,
                                 Map<Migration, JavaSource> javaSources) {
        List<HistoryContext.NameProblem> rejected = location.rejected().stream()
                .map(r -> new HistoryContext.NameProblem(r.path(), r.reason())).toList();
        List<AppliedMigration> applied = options.applied().getOrDefault(location.path(), List.of());
        for (Rule rule : rules) {
            if (!(rule instanceof HistoryRule hr) || !rule.descriptor().appliesTo(settings.dialect())
                    || !options.levels().enabledAnywhere(rule.descriptor())) {
                continue;
            }
            RuleDescriptor d = rule.descriptor();
            HistoryContext context = new HistoryContext() {
                @Override
                public String location() {
                    return location.path();
                }

                @Override
                public List<Migration> migrations() {
                    return location.migrations();
                }

                @Override
                public List<AppliedMigration> applied() {
                    return applied;
                }

                @Override
                public Settings settings() {
                    return settings;
                }

                @Override
                public List<NameProblem> rejectedFiles() {
                    return rejected;
                }

                @Override
                public Optional<JavaSource> javaSource(Migration migration) {
                    return Optional.ofNullable(javaSources.get(migration));
                }

                @Override
                public String checksum(Migration migration, ChecksumKind kind) {
                    return run.checksums.computeIfAbsent(kind + ":" + migration.path(),
                            k -> Checksums.of(migration.file(), kind));
                }

                @Override
                public Optional<Instant> firstCommitted(String path) {
                    return options.provenance().firstCommitted(path);
                }

                @Override
                public Optional<ChangeSet> changeSet() {
                    return options.provenance().changeSet();
                }

                @Override
                public void report(Migration migration, Span span, String message, String help) {
                    report(migration.path(), span, message, help);
                }

                @Override
                public void report(String path, Span span, String message, String help) {
                    Level level = options.levels().level(d, path);
                    if (level != Level.OFF) {
                        FileRun file = run.file(path);
                        file.add(new Finding(d.id(), level, message, help, path, span,
                                file.fingerprint(d.id(), span, message), null));
                    }
                }
            };
            contained(rule, () -> hr.check(context), run, location.path(), Span.FILE);
        }
    }

    /**
     * Runs one rule; a rule that throws is reported as a notification at the place it was checking and
     * the run goes on, so one faulty (possibly third-party) rule never stops the others.
     */
    private static void contained(Rule rule, Runnable check, Run run, String path, Span span) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            run.notifications.add(new Notification(path, span, Level.ERROR, "rule " + rule.descriptor().id()
                    + " failed here and was skipped: " + e));
        }
    }

    /** Per-file state while checking: findings, ignore comments, the rule being run. */
    private final class FileRun {
        final String path;
        final List<Finding> findings = new ArrayList<>();
        final List<InlineDirectives.Ignore> ignores = new ArrayList<>();
        /** The statement each finding of a statement rule was reported on. */
        final Map<Finding, Statement> origins = new IdentityHashMap<>();
        List<Statement> statements = List.of();
        RuleDescriptor current;

        FileRun(String path) {
            this.path = path;
        }

        /** The same file seen from another location's run (a path both named): keeps both sides' findings. */
        void absorb(FileRun other) {
            findings.addAll(other.findings);
            ignores.addAll(other.ignores);
            origins.putAll(other.origins);
        }

        void report(Span span, String message, String help) {
            report(span, message, help, null);
        }

        void report(Span span, String message, String help, Statement origin) {
            Level level = options.levels().level(current, path);
            if (level != Level.OFF) {
                Finding finding = new Finding(current.id(), level, message, help, path, span,
                        fingerprint(current.id(), span, message), null);
                add(finding);
                if (origin != null) {
                    origins.put(finding, origin);
                }
            }
        }

        void add(Finding finding) {
            findings.add(finding);
        }

        String fingerprint(String ruleId, Span span, String message) {
            for (Statement s : statements) {
                if (span.startOffset() >= s.span().startOffset() && span.startOffset() <= s.span().endOffset()
                        && span.startLine() > 0 && span != Span.FILE) {
                    return Fingerprints.of(ruleId, path, s.tokens(), message);
                }
            }
            return Fingerprints.of(ruleId, path, null, message);
        }
    }

    private final class Run {
        final List<Finding> findings = new ArrayList<>();
        final List<Notification> notifications = new ArrayList<>();
        final Map<String, FileRun> byPath = new LinkedHashMap<>();
        final Map<String, Integer> unrecognized = new TreeMap<>();
        final Map<String, String> checksums = new HashMap<>();
        int files;
        long bytes;
        long statements;
        long understood;

        FileRun file(String path) {
            return byPath.computeIfAbsent(path, FileRun::new);
        }

        /** Takes over what another run (of another location) collected. */
        void absorb(Run other) {
            notifications.addAll(other.notifications);
            other.byPath.forEach((path, file) -> {
                FileRun mine = byPath.putIfAbsent(path, file);
                if (mine != null && mine != file) {
                    mine.absorb(file);
                }
            });
            other.unrecognized.forEach((command, n) -> unrecognized.merge(command, n, Integer::sum));
            checksums.putAll(other.checksums);
            files += other.files;
            bytes += other.bytes;
            statements += other.statements;
            understood += other.understood;
        }

        /** Applies inline suppressions, then lets the findings rules judge the suppressions. */
        void finish() {
            List<SuppressionComment> comments = new ArrayList<>();
            for (FileRun file : byPath.values()) {
                for (Finding f : file.findings) {
                    Finding result = f;
                    for (InlineDirectives.Ignore ignore : file.ignores) {
                        if (ignore.covers(f.ruleId(), f.span().startOffset(), file.origins.get(f))) {
                            if (!ignore.used.contains(f.ruleId())) {
                                ignore.used.add(f.ruleId());
                            }
                            result = f.withSuppression(new Suppression(Suppression.Kind.IN_SOURCE,
                                    ignore.reason == null ? "" : ignore.reason));
                            break;
                        }
                    }
                    findings.add(result);
                }
                for (InlineDirectives.Ignore ignore : file.ignores) {
                    List<String> unused = ignore.ruleIds.stream().filter(id -> !ignore.used.contains(id)).toList();
                    comments.add(new SuppressionComment(file.path, ignore.span, ignore.ruleIds, ignore.reason,
                            ignore.fileWide, unused));
                }
            }
            for (Rule rule : rules) {
                if (!(rule instanceof FindingsRule fr) || !options.levels().enabledAnywhere(rule.descriptor())) {
                    continue;
                }
                RuleDescriptor d = rule.descriptor();
                FindingsContext context = new FindingsContext() {
                    @Override
                    public List<SuppressionComment> suppressions() {
                        return comments;
                    }

                    @Override
                    public void report(String path, Span span, String message, String help) {
                        Level level = options.levels().level(d, path);
                        if (level != Level.OFF) {
                            findings.add(new Finding(d.id(), level, message, help, path, span,
                                    Fingerprints.of(d.id(), path, null, message + commentKey(comments, path, span)),
                                    null));
                        }
                    }
                };
                contained(rule, () -> fr.check(context), this, "", Span.FILE);
            }
            if (!options.focus().isEmpty()) {
                findings.removeIf(f -> !options.focus().contains(f.path()));
                notifications.removeIf(n -> !options.focus().contains(n.path()));
            }
        }
    }

    /**
     * What tells apart findings on different ignore comments of one file without line numbers (which would change
     * the fingerprint on every edit above): the comment's kind, rule ids and reason.
     */
    private static String commentKey(List<SuppressionComment> comments, String path, Span span) {
        for (SuppressionComment c : comments) {
            if (c.path().equals(path) && c.span().equals(span)) {
                return "|" + (c.fileWide() ? "ignore-file " : "ignore ") + String.join(",", c.ruleIds()) + "|"
                        + (c.reason() == null ? "" : c.reason());
            }
        }
        return "";
    }

    /** What both per-statement and per-migration contexts share: the migration, its settings, where to report. */
    private abstract static class Scope {
        final Migration migration;
        final Settings settings;
        final boolean bootstrap;
        final FileRun file;

        Scope(Migration migration, Settings settings, boolean bootstrap, FileRun file) {
            this.migration = migration;
            this.settings = settings;
            this.bootstrap = bootstrap;
            this.file = file;
        }

        public Migration migration() {
            return migration;
        }

        public Settings settings() {
            return settings;
        }

        public boolean bootstrap() {
            return bootstrap;
        }

        public void report(Span span, String message, String help) {
            file.report(span, message, help);
        }
    }

    private static final class StatementScope extends Scope implements StatementContext {
        private final Statement statement;
        private final List<Statement> previous;
        private final Catalog catalog;

        StatementScope(Statement statement, Migration migration, List<Statement> previous, Catalog catalog,
                       Settings settings, boolean bootstrap, FileRun file) {
            super(migration, settings, bootstrap, file);
            this.statement = statement;
            this.previous = previous;
            this.catalog = catalog;
        }

        @Override
        public Statement statement() {
            return statement;
        }

        @Override
        public List<Statement> previous() {
            return previous;
        }

        @Override
        public Catalog catalog() {
            return catalog;
        }

        @Override
        public void report(Span span, String message, String help) {
            file.report(span, message, help, statement);
        }
    }

    private static final class MigrationScope extends Scope implements MigrationContext {
        private final List<Statement> statements;
        private final ParsedMigration parsed;
        private final Catalog before;
        private final Catalog after;

        MigrationScope(Migration migration, List<Statement> statements, ParsedMigration parsed, Catalog before,
                       Catalog after, Settings settings, boolean bootstrap, FileRun file) {
            super(migration, settings, bootstrap, file);
            this.statements = List.copyOf(statements);
            this.parsed = parsed;
            this.before = before;
            this.after = after;
        }

        @Override
        public List<Statement> statements() {
            return statements;
        }

        @Override
        public List<Token> comments() {
            return parsed.comments();
        }

        @Override
        public List<SourceProblem> problems() {
            return parsed.problems();
        }

        @Override
        public Catalog catalogBefore() {
            return before;
        }

        @Override
        public Catalog catalogAfter() {
            return after;
        }

        @Override
        public boolean blank() {
            return parsed.blank();
        }

        @Override
        public Optional<JavaSource> javaSource() {
            return Optional.ofNullable(parsed.javaSource());
        }
    }
}
