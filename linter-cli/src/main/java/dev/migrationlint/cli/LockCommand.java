package dev.migrationlint.cli;

import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.MigrationLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "lock", mixinStandardHelpOptions = true,
        description = "Write <location>/migrations.lock for each migration location: one line per migration "
                + "(version, path, checksum), each line's hash chained with the one before. With --check, verify "
                + "the lock files instead and exit 1 naming the first migration that differs.")
final class LockCommand implements Callable<Integer> {

    private final Environment env;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "folders holding migration locations")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--check", description = "verify the lock files; exit 1 at the first difference")
    boolean check;

    @Option(names = "--config", paramLabel = "FILE", description = "configuration file (default: .migration-lint.yml "
            + "found upward from the working directory)")
    Path config;

    @Option(names = "--layout", description = "file naming of the locations (default: auto)")
    String layout;

    LockCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        LintRequest request = new LintRequest(paths, env.workingDirectory(), config, null, null, layout, Map.of(),
                List.of());
        if (!check) {
            List<MigrationLock.LocationLock> written = MigrationLock.write(request);
            for (MigrationLock.LocationLock lock : written) {
                env.out().println("wrote " + lock.lockFile() + " (" + lock.migrations() + " migrations)");
            }
            if (written.isEmpty()) {
                env.err().println("migration-lint: no migration locations found; no lock file written");
            }
            return Cli.OK;
        }
        int code = Cli.OK;
        for (MigrationLock.LocationLock lock : MigrationLock.check(request)) {
            if (lock.difference() == null) {
                env.out().println(lock.lockFile() + ": ok (" + lock.migrations() + " migrations)");
            } else {
                env.out().println(lock.lockFile() + ": " + lock.difference());
                code = Cli.FINDINGS;
            }
        }
        return code;
    }
}
