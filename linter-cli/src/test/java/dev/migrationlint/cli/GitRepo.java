package dev.migrationlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fresh git repository in a temporary folder, with git run as a user would: isolated from the machine's global
 * and system configuration, with an identity of its own.
 */
final class GitRepo {

    /** What a git command printed (standard output and error together) and its exit code. */
    record Result(int exitCode, String output) {
    }

    final Path dir;
    private final Path home;

    private GitRepo(Path dir, Path home) {
        this.dir = dir;
        this.home = home;
    }

    static GitRepo init(Path dir) throws IOException {
        Path home = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-home"));
        GitRepo repo = new GitRepo(Files.createDirectories(dir), home);
        repo.ok("init", "-q", "-b", "main");
        repo.ok("config", "user.email", "dev@example.com");
        repo.ok("config", "user.name", "Dev");
        repo.ok("config", "commit.gpgsign", "false");
        return repo;
    }

    Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    Result git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.remove("GIT_DIR");
        env.remove("GIT_INDEX_FILE");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs git and fails unless it succeeds. */
    String ok(String... args) {
        Result r = git(args);
        if (r.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed (" + r.exitCode() + "):\n"
                    + r.output());
        }
        return r.output();
    }

    /** Stages everything and commits it without hooks. */
    void commitAll(String message) {
        ok("add", "-A");
        ok("commit", "-q", "--no-verify", "-m", message);
    }
}
