package dev.migrationlint.cli;

import dev.migrationlint.core.Utf8Writer;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The {@code migration-lint} command. The only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new Utf8Writer(System.out), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Map<String, String> variables = System.getenv();
        String launcher = System.getProperty(Environment.LAUNCHER_PROPERTY);
        if (launcher != null) {
            variables = new HashMap<>(variables);
            variables.put(Environment.LAUNCHER_VARIABLE, launcher);
        }
        Environment env = new Environment(Path.of("").toAbsolutePath(), variables, System.console() != null, out, err);
        int code = Cli.run(args, env);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
