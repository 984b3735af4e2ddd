package dev.migrationlint.cli;

import dev.migrationlint.core.AtomicFile;
import dev.migrationlint.core.UsageException;
import dev.migrationlint.core.internal.history.Git;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "install-hook", mixinStandardHelpOptions = true,
        description = "Install a git pre-commit hook that runs 'check --staged'. The hook calls migration-lint by the "
                + "absolute path of the launcher or jar that installed it, so nothing needs to be on PATH. "
                + "core.hooksPath is honoured; another tool's hook is kept unless --force.")
final class InstallHookCommand implements Callable<Integer> {

    /** Marks a hook as ours, so that installing again replaces it without --force. */
    static final String MARKER = "# migration-lint pre-commit hook";

    private final Environment env;

    @Option(names = "--force", description = "replace an existing pre-commit hook that is not migration-lint's")
    boolean force;

    InstallHookCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Git git = Git.find(env.workingDirectory());
        if (git == null) {
            throw new UsageException("install-hook needs a git work tree; " + env.workingDirectory()
                    + " is not in one");
        }
        String command = command();
        Path hook;
        try {
            hook = git.hooksDirectory().resolve("pre-commit");
        } catch (Git.GitException e) {
            throw new UsageException("install-hook: " + e.getMessage());
        }
        if (Files.exists(hook) && !force && !isOurs(hook)) {
            env.err().println("migration-lint: " + hook + " already exists and is not migration-lint's; it was kept."
                    + " Add '" + command + " check --staged' to it, or run 'install-hook --force' to replace it.");
            return Cli.USAGE;
        }
        AtomicFile.write(hook, out -> out.write(script(command)));
        executable(hook);
        env.out().println("migration-lint: installed " + hook + "; it runs " + command + " check --staged");
        env.out().flush();
        return Cli.OK;
    }

    static String script(String command) {
        return "#!/bin/sh\n"
                + MARKER + ": lints the staged migrations before each commit.\n"
                + "# Written by 'migration-lint install-hook'; skip it once with 'git commit --no-verify'.\n"
                + "exec " + command + " check --staged\n";
    }

    private static boolean isOurs(Path hook) throws IOException {
        return new String(Files.readAllBytes(hook), StandardCharsets.UTF_8).contains(MARKER);
    }

    /**
     * How the hook starts migration-lint: the launcher script that started this run, else {@code java -jar} with this
     * JVM and this jar; both by absolute path.
     */
    private String command() {
        if (env.launcher() != null) {
            return quote(Path.of(env.launcher()).toAbsolutePath().normalize().toString());
        }
        Path jar = ownJar();
        if (jar == null) {
            throw new dev.migrationlint.core.UsageException("cannot tell how this migration-lint was started (neither "
                    + "the ./migration-lint launcher nor java -jar); install the hook with one of those");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return String.join(" ", List.of(quote(java.toString()), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-jar", quote(jar.toString())));
    }

    private static Path ownJar() {
        try {
            var source = InstallHookCommand.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A POSIX shell word that stands for {@code text} exactly. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static void executable(Path hook) throws IOException {
        try {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(hook));
            permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OWNER_READ,
                    PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
            Files.setPosixFilePermissions(hook, permissions);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): git for Windows runs hooks through its own sh regardless.
            hook.toFile().setExecutable(true);
        }
    }
}
