package dev.migrationlint.cli;

import dev.migrationlint.core.AtomicFile;
import dev.migrationlint.core.internal.config.ConfigDraft;
import dev.migrationlint.core.internal.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented " + ConfigLoader.FILE_NAME + " in the working directory from what it detects: "
                + "migration locations and their layout, the dialect, Flyway settings.")
final class InitCommand implements Callable<Integer> {

    private final Environment env;

    @Option(names = "--force", description = "overwrite an existing " + ConfigLoader.FILE_NAME)
    boolean force;

    InitCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Path target = env.workingDirectory().resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(target) && !force) {
            env.err().println("migration-lint: " + target + " already exists; it was kept (use --force to overwrite)");
            return Cli.USAGE;
        }
        ConfigDraft draft = ConfigDraft.detect(env.workingDirectory());
        AtomicFile.write(target, out -> out.write(draft.yaml()));
        env.out().println("migration-lint: wrote " + ConfigLoader.FILE_NAME + ": dialect "
                + (draft.dialect() == null ? "per location" : draft.dialect()) + " (" + draft.dialectSource()
                + "), layout " + draft.layout() + ", " + draft.locations().size()
                + (draft.locations().size() == 1 ? " location" : " locations")
                + (draft.locations().isEmpty() ? "" : ": " + String.join(", ", draft.locations())));
        env.out().flush();
        return Cli.OK;
    }
}
