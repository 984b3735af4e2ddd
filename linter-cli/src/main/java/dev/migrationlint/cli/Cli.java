package dev.migrationlint.cli;

import dev.migrationlint.core.ToolVersion;
import dev.migrationlint.core.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the command tree and maps outcomes to exit codes: 0 clean, 1 findings, 2 usage, 3 internal error. */
final class Cli {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private Cli() {
    }

    @Command(name = "migration-lint", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
            description = "Finds zero-downtime hazards in database migrations.",
            synopsisSubcommandLabel = "COMMAND",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:no finding at or above --fail-on",
                "1:findings at or above --fail-on",
                "2:usage or configuration error",
                "3:internal error"})
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"migration-lint " + ToolVersion.VERSION};
        }
    }

    static int run(String[] args, Environment env) {
        CommandLine cli = new CommandLine(new Root());
        cli.addSubcommand(new CheckCommand(env));
        cli.addSubcommand(new RulesCommand(env));
        cli.addSubcommand(new ExplainCommand(env));
        cli.addSubcommand(new LockCommand(env));
        cli.addSubcommand(new BaselineCommand(env));
        cli.addSubcommand(new InitCommand(env));
        cli.addSubcommand(new InstallHookCommand(env));
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(env.out());
        cli.setErr(env.err());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException) {
                commandLine.getErr().println("migration-lint: " + e.getMessage());
                return USAGE;
            }
            commandLine.getErr().println("migration-lint: internal error: " + e);
            if (parseResult.hasMatchedOption("--debug")) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(run with --debug for the stack trace)");
            }
            return INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (Throwable e) {
            // picocli hands back only Exceptions; an Error (out of memory, a missing class) must not exit with 1,
            // which means "findings".
            env.err().println("migration-lint: internal error: " + e);
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(env.err());
            }
            return INTERNAL;
        }
    }
}
