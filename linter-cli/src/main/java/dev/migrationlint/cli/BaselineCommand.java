package dev.migrationlint.cli;

import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.Linter;
import dev.migrationlint.core.internal.baseline.BaselineFile;
import dev.migrationlint.core.internal.discovery.PathDisplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Record the current findings in a baseline file, so that 'check' fails on new ones only. "
                + "Entries are keyed by rule, path and statement text (no line numbers); rewriting the baseline "
                + "drops the stale ones.")
final class BaselineCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    LintOptions lint = new LintOptions();

    @Option(names = "--output", paramLabel = "FILE", description = "the baseline to write (default: the config's "
            + "baseline, else " + BaselineFile.DEFAULT_NAME + " beside the config file or at the git top level)")
    Path output;

    BaselineCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Path wd = env.workingDirectory();
        Path defaultFile = Linter.baselineFile(wd, lint.config);
        Path file = output != null ? wd.resolve(output).toAbsolutePath().normalize() : defaultFile;
        // Entries the current baseline accepts are findings still there: kept, like the new ones.
        LintRequest request = lint.request(wd).withBaseline(Files.isRegularFile(file) ? file : null);
        LintResult result = Linter.lint(request);
        BaselineFile baseline = BaselineFile.of(result.findings());
        baseline.write(file);
        String shown = output != null ? output.toString() : PathDisplay.forWorkingDirectory(wd).display(file);
        env.out().println("migration-lint: wrote " + baseline.findings().size()
                + (baseline.findings().size() == 1 ? " finding" : " findings") + " to " + shown
                + (file.equals(defaultFile) ? " ('check' reads it)"
                        : "; use it with 'check --baseline " + shown + "' or 'baseline: " + shown
                                + "' in .migration-lint.yml"));
        env.out().flush();
        return Cli.OK;
    }
}
