package dev.migrationlint.cli;

import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.UsageException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What to lint and how: the PATH arguments and options that {@code check} and {@code baseline} share (a picocli mixin). */
final class LintOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or folders to lint")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "configuration file (default: .migration-lint.yml "
            + "found upward from the working directory)")
    Path config;

    @Option(names = "--dialect", description = "postgresql, mysql, mariadb, sqlite, h2 or generic (default: "
            + "postgresql)")
    String dialect;

    @Option(names = "--target-version", paramLabel = "VERSION",
            description = "server version the rules reason about, e.g. 15, 9.6, 8.0, 10.11")
    String targetVersion;

    @Option(names = "--layout", description = "auto, flyway, timestamp, epoch, golang-migrate, goose, dbmate, sqlx, "
            + "folder, pop or pattern (default: auto)")
    String layout;

    @Option(names = "--rule", paramLabel = "ID=LEVEL", description = "set a rule's level (repeatable)")
    Map<String, String> rules = new LinkedHashMap<>();

    @Option(names = "--bootstrap", paramLabel = "GLOB", description = "paths where data changes are allowed "
            + "(repeatable)")
    List<String> bootstrap = new ArrayList<>();

    /** The request these options describe; a PATH that does not exist is a usage error (exit 2). */
    LintRequest request(Path workingDirectory) {
        for (Path p : paths) {
            if (!Files.exists(workingDirectory.resolve(p))) {
                throw new UsageException("no such file or folder: " + p);
            }
        }
        return new LintRequest(paths, workingDirectory, config, dialect, targetVersion, layout, rules, bootstrap);
    }
}
