package dev.migrationlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun in(Path workingDirectory, String... args) {
        return in(workingDirectory, Map.of(), args);
    }

    static CliRun in(Path workingDirectory, Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(workingDirectory, variables, false, new PrintWriter(out, true),
                new PrintWriter(err, true));
        int code = Cli.run(args, env);
        return new CliRun(code, out.toString(), err.toString());
    }
}
