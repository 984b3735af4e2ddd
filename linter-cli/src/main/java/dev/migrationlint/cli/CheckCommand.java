package dev.migrationlint.cli;

import dev.migrationlint.core.AtomicFile;
import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.Linter;
import dev.migrationlint.core.ReportFormat;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.Summary;
import dev.migrationlint.core.ToolVersion;
import dev.migrationlint.core.UsageException;
import dev.migrationlint.core.spi.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Lint migrations. A folder: every migration location below it; a file: that file, with its "
                + "location's history as context; no PATH: the locations of the configuration.")
final class CheckCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    LintOptions lint = new LintOptions();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif, github, gitlab, checkstyle or junit (default: text; github under "
                    + "GITHUB_ACTIONS=true)")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE (atomically)")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "lowest level that makes the exit code 1: error, warning, note or never (default: error)")
    String failOn;

    @Option(names = "--base", paramLabel = "REF", description = "git ref whose migrations count as released; only "
            + "migrations added or changed since REF are reported")
    String base;

    @Option(names = "--lock-file", paramLabel = "FILE", description = "checksum lock file (default: each location's "
            + "migrations.lock, when present)")
    Path lockFile;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "read applied checksums from flyway_schema_history")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "user for --jdbc-url")
    String jdbcUser;

    @Option(names = "--jdbc-password-env", paramLabel = "VAR", description = "environment variable holding the "
            + "password for --jdbc-url")
    String jdbcPasswordEnv;

    @Option(names = "--baseline", paramLabel = "FILE", description = "ignore findings recorded in FILE (see the "
            + "baseline command) and report stale entries (default: the config's baseline, when the file exists)")
    Path baseline;

    @Option(names = "--staged", description = "lint what is staged in git: the index content, companion .conf "
            + "files included; only staged files are reported unless --all")
    boolean staged;

    @Option(names = "--all", description = "with --base or --staged: report every migration, not only the changed or "
            + "staged ones")
    boolean all;

    @Option(names = "--quiet", description = "findings only, no summary")
    boolean quiet;

    @Option(names = "--debug", description = "stack traces and timings on standard error")
    boolean debug;

    CheckCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Level threshold = "never".equalsIgnoreCase(failOn) ? Level.OFF : parseLevel(failOn);
        ReportFormat reportFormat = format != null ? parseFormat(format)
                : env.githubActions() ? ReportFormat.GITHUB : ReportFormat.TEXT;
        LintRequest request = lint.request(env.workingDirectory()).withHistory(history()).withBaseline(baseline);
        if (staged) {
            request = StagedFiles.apply(request, all);
        }
        LintResult result = Linter.lint(request);
        long reportStart = System.nanoTime();
        ReportOptions options = new ReportOptions(Linter.reportRoot(env.workingDirectory()),
                output == null && env.colorAllowed(), ToolVersion.VERSION, quiet, request.contents());
        if (output != null) {
            AtomicFile.write(env.workingDirectory().resolve(output),
                    out -> reportFormat.writer().write(result, options, out));
        } else {
            reportFormat.writer().write(result, options, env.out());
            env.out().flush();
        }
        if (debug) {
            Summary summary = result.summary();
            env.err().printf(Locale.ROOT, "migration-lint: %d locations, %d files (%.1f MB), %d statements in %d ms"
                    + " (discovery %d ms, linting %d ms), report %d ms%n", summary.locations(), summary.files(),
                    summary.bytes() / 1e6, summary.statements(),
                    summary.millis(), summary.discoveryMillis(), summary.millis() - summary.discoveryMillis(),
                    (System.nanoTime() - reportStart) / 1_000_000);
        }
        if (result.summary().files() == 0 && !quiet) {
            env.err().println("migration-lint: no migrations found"
                    + (lint.paths.isEmpty() ? " (no PATH given and none configured)" : " under " + joined(lint.paths)));
        }
        return result.failsAt(threshold) ? Cli.FINDINGS : Cli.OK;
    }

    private LintRequest.History history() {
        if (all && base == null && !staged) {
            throw new UsageException("--all needs --base or --staged");
        }
        if ((jdbcUser != null || jdbcPasswordEnv != null) && jdbcUrl == null) {
            throw new UsageException("--jdbc-user and --jdbc-password-env need --jdbc-url");
        }
        String password = null;
        if (jdbcPasswordEnv != null) {
            password = env.variables().get(jdbcPasswordEnv);
            if (password == null) {
                throw new UsageException("--jdbc-password-env: environment variable " + jdbcPasswordEnv
                        + " is not set");
            }
        }
        return new LintRequest.History(lockFile, base, all, jdbcUrl, jdbcUser, password);
    }

    private static String joined(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }

    private static Level parseLevel(String text) {
        try {
            Level l = Level.parse(text);
            if (l == Level.OFF) {
                throw new IllegalArgumentException("use --fail-on never instead of off");
            }
            return l;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage().replace("or off", "or never"));
        }
    }

    private static ReportFormat parseFormat(String text) {
        try {
            return ReportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }
}
