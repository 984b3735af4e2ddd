package dev.migrationlint.archunit;

import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.Linter;
import dev.migrationlint.core.ReportFormat;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.ToolVersion;
import dev.migrationlint.core.UsageException;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Assertions on one migration folder, from {@link MigrationLint#assertThat(Path)}. The folder is linted once, on the
 * first assertion; a failed assertion lists the offending findings in the text format of {@code migration-lint check}.
 */
public final class MigrationLintAssert {

    private final Path migrationsDir;
    private final Path workingDirectory;
    private LintResult result;

    MigrationLintAssert(Path migrationsDir, Path workingDirectory) {
        this.migrationsDir = migrationsDir;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** Fails when a finding of level error is not suppressed. */
    public MigrationLintAssert hasNoErrors() {
        return hasNoFindingsAtOrAbove(Level.ERROR);
    }

    /**
     * Fails when a finding at {@code level} or above ({@code error}, {@code warning} or {@code note}) is not
     * suppressed.
     */
    public MigrationLintAssert hasNoFindingsAtOrAbove(String level) {
        Level threshold;
        try {
            threshold = Level.parse(level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return hasNoFindingsAtOrAbove(threshold);
    }

    private MigrationLintAssert hasNoFindingsAtOrAbove(Level threshold) {
        LintResult all = result();
        List<Finding> failing = all.active().stream().filter(f -> f.level().atLeast(threshold)).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError(message(all, failing, threshold));
        }
        return this;
    }

    /** The lint result, for assertions of your own. */
    public synchronized LintResult result() {
        if (result == null) {
            try {
                result = Linter.lint(LintRequest.of(workingDirectory, List.of(migrationsDir)));
            } catch (UsageException e) {
                throw new AssertionError("migration-lint cannot lint " + migrationsDir + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    private String message(LintResult all, List<Finding> failing, Level threshold) {
        StringWriter out = new StringWriter();
        out.append("migration-lint found ").append(String.valueOf(failing.size()))
                .append(failing.size() == 1 ? " finding" : " findings").append(" at or above ")
                .append(threshold.id()).append(" in ").append(migrationsDir.toString()).append(":\n\n");
        LintResult shown = new LintResult(failing, all.enabledRules(), List.of(), all.summary());
        try {
            ReportFormat.TEXT.writer().write(shown, new ReportOptions(Linter.reportRoot(workingDirectory), false,
                    ToolVersion.VERSION, true), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
