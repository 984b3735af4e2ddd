package dev.migrationlint.cli;

import dev.migrationlint.core.UsageException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The few git commands the tool needs, run as the {@code git} executable (the user's own git, with its
 * configuration), from a repository's top level. Failures are {@link UsageException}s: a missing git or a folder
 * outside a repository is something the user fixes.
 */
final class Git {

    private final Path top;

    private Git(Path top) {
        this.top = top;
    }

    /** The repository holding {@code dir}. */
    static Git at(Path dir, String why) {
        String top = text(run(dir, why, null, "rev-parse", "--show-toplevel")).strip();
        if (top.isEmpty()) {
            throw new UsageException(why + " needs a git work tree; " + dir + " is not in one");
        }
        return new Git(Path.of(top).toAbsolutePath().normalize());
    }

    Path top() {
        return top;
    }

    /** Paths (relative to the top level, {@code /}-separated) of files added, copied, modified or renamed in the index. */
    List<String> stagedPaths() {
        byte[] out = run(top, "--staged", null, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR",
                "--no-ext-diff");
        List<String> paths = new ArrayList<>();
        for (String p : new String(out, StandardCharsets.UTF_8).split("\0")) {
            if (!p.isEmpty()) {
                paths.add(p);
            }
        }
        return paths;
    }

    /**
     * The index content of each path, in one {@code git cat-file --batch} process; a path the index does not hold maps
     * to null.
     */
    Map<String, byte[]> indexContents(List<String> paths) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        List<String> batch = new ArrayList<>();
        for (String p : paths) {
            if (p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) {
                // The batch protocol is line-based: such a name goes alone.
                contents.put(p, show(p));
            } else {
                batch.add(p);
            }
        }
        if (batch.isEmpty()) {
            return contents;
        }
        StringBuilder input = new StringBuilder();
        batch.forEach(p -> input.append(':').append(p).append('\n'));
        byte[] out = run(top, "--staged", input.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
        int at = 0;
        for (String p : batch) {
            int eol = indexOf(out, (byte) '\n', at);
            if (eol < 0) {
                throw new UsageException("--staged: unexpected output from git cat-file for " + p);
            }
            String header = new String(out, at, eol - at, StandardCharsets.UTF_8);
            at = eol + 1;
            String[] parts = header.split(" ");
            if (parts.length == 3 && parts[2].chars().allMatch(Character::isDigit)) {
                int size = Integer.parseInt(parts[2]);
                byte[] bytes = new byte[size];
                System.arraycopy(out, at, bytes, 0, size);
                contents.put(p, parts[1].equals("blob") ? bytes : null);
                at += size + 1;
            } else {
                contents.put(p, null);
            }
        }
        return contents;
    }

    private byte[] show(String path) {
        try {
            return run(top, "--staged", null, "show", ":" + path);
        } catch (UsageException e) {
            return null;
        }
    }

    /** The folder hooks go to, honouring {@code core.hooksPath} (relative ones start at the top level). */
    Path hooksDirectory() {
        String dir = text(run(top, "install-hook", null, "rev-parse", "--git-path", "hooks")).strip();
        return top.resolve(dir).normalize();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Runs git in {@code dir} with {@code input} on its standard input; its standard output, or a usage error. */
    private static byte[] run(Path dir, String why, byte[] input, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new UsageException(why + " needs git, which could not be run: " + e.getMessage());
        }
        try {
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            CompletableFuture<Void> in = CompletableFuture.runAsync(() -> {
                try (OutputStream stdin = process.getOutputStream()) {
                    if (input != null) {
                        stdin.write(input);
                    }
                } catch (IOException e) {
                    // git exited early; its exit code and standard error say why.
                }
            });
            byte[] out = readAll(process.getInputStream());
            int code = process.waitFor();
            in.join();
            if (code != 0) {
                String message = text(err.join()).strip();
                throw new UsageException(why + ": git " + String.join(" ", args) + " failed"
                        + (message.isEmpty() ? " (exit code " + code + ")" : ": " + message));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new UsageException(why + ": interrupted while running git");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
