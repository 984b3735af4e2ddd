package dev.migrationlint.core.internal.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The few git questions the history rules ask, answered by the {@code git} command in one repository. Paths in and
 * out are relative to the repository's top level, with {@code /}.
 */
public final class Git {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path top;

    private Git(Path top) {
        this.top = top;
    }

    /** The repository whose top level is {@code top}. */
    public static Git at(Path top) {
        return new Git(top);
    }

    /** The repository holding {@code dir}, or null when it is not inside a git work tree. */
    public static Git find(Path dir) {
        Result r = run(dir, null, "rev-parse", "--show-toplevel");
        String top = r.code == 0 ? r.text().strip() : "";
        return top.isEmpty() ? null : new Git(Path.of(top).toAbsolutePath().normalize());
    }

    /** Paths of files added, copied, modified or renamed in the index ({@code /}-separated, from the top level). */
    public List<String> stagedPaths() {
        return staged("ACM");
    }

    /** Files the index deletes, a renamed file's old path included (renames count as deletion plus addition). */
    public List<String> stagedDeletions() {
        return staged("D");
    }

    private List<String> staged(String filter) {
        return split0(check(run(top, null, "diff", "--cached", "--name-only", "-z", "--no-renames",
                "--diff-filter=" + filter, "--no-ext-diff")).text());
    }

    /** The folder hooks go to, honouring {@code core.hooksPath} (relative ones start at the top level). */
    public Path hooksDirectory() {
        return top.resolve(check(run(top, null, "rev-parse", "--git-path", "hooks")).text().strip()).normalize();
    }

    public Path top() {
        return top;
    }

    /** The commit a ref names, or null when the repository has no such commit. */
    public String resolve(String ref) {
        Result r = run(null, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        return r.code == 0 ? r.text().strip() : null;
    }

    /** Files of the commit below these folders (all files when {@code folders} holds {@code ""}). */
    public List<String> files(String commit, List<String> folders) {
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--name-only", commit, "--"));
        folders.forEach(f -> args.add(f.isEmpty() ? "." : f));
        return split0(check(run(null, args.toArray(String[]::new))).text());
    }

    /**
     * The content of each path at the commit ({@code ""}: the index); paths it does not hold are absent from the map.
     * One {@code git cat-file --batch} process serves them all.
     */
    public Map<String, byte[]> contents(String commit, List<String> paths) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        List<String> batch = new ArrayList<>();
        for (String p : paths) {
            if (p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) {
                // The batch protocol is line-based: such a name goes alone.
                Result r = run(top, null, "show", commit + ":" + p);
                if (r.code == 0) {
                    contents.put(p, r.stdout);
                }
            } else {
                batch.add(p);
            }
        }
        if (batch.isEmpty()) {
            return contents;
        }
        StringBuilder input = new StringBuilder();
        batch.forEach(p -> input.append(commit).append(':').append(p).append('\n'));
        byte[] out = check(run(top, input.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch")).stdout;
        int pos = 0;
        for (String path : batch) {
            int eol = indexOf(out, (byte) '\n', pos);
            String header = new String(out, pos, eol - pos, StandardCharsets.UTF_8);
            pos = eol + 1;
            String[] parts = header.split(" ");
            if (parts.length == 3 && parts[1].equals("blob")) {
                int size = Integer.parseInt(parts[2]);
                byte[] content = new byte[size];
                System.arraycopy(out, pos, content, 0, size);
                contents.put(path, content);
                pos += size + 1;
            } else if (parts.length == 3) {
                pos += Integer.parseInt(parts[2]) + 1;
            }
        }
        return contents;
    }

    /**
     * What changed from the commit to the work tree: tracked changes (staged or not) and untracked files that are not
     * ignored. Values are {@code A}, {@code M} or {@code D}.
     */
    public Map<String, Character> changesSince(String commit) {
        Map<String, Character> changes = new LinkedHashMap<>();
        List<String> diff = split0(check(run(null, "diff", "--name-status", "-z", "--no-renames", commit, "--"))
                .text());
        for (int i = 0; i + 1 < diff.size(); i += 2) {
            char status = diff.get(i).charAt(0);
            changes.put(diff.get(i + 1), status == 'A' || status == 'D' ? status : 'M');
        }
        for (String untracked : split0(check(run(null, "ls-files", "--others", "--exclude-standard", "-z")).text())) {
            changes.put(untracked, 'A');
        }
        return changes;
    }

    /** When each file below the folders was first committed (the oldest commit that added the path). */
    public Map<String, Instant> firstAdded(List<String> folders) {
        List<String> args = new ArrayList<>(List.of("log", "--diff-filter=A",
                "--no-renames", "--format=%x01%ct", "--name-only", "--"));
        folders.forEach(f -> args.add(f.isEmpty() ? "." : f));
        Result r = run(null, args.toArray(String[]::new));
        Map<String, Instant> added = new HashMap<>();
        if (r.code != 0) {
            // A repository without commits has no history to tell ages from.
            return added;
        }
        Instant when = null;
        for (String line : r.text().split("\n")) {
            if (line.startsWith("\u0001")) {
                when = Instant.ofEpochSecond(Long.parseLong(line.substring(1).strip()));
            } else if (!line.isBlank() && when != null) {
                // git log lists newest first: the last time seen is the oldest addition.
                added.put(line, when);
            }
        }
        return added;
    }

    private record Result(int code, byte[] stdout, String stderr, String command) {
        String text() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private static Result check(Result r) {
        if (r.code != 0) {
            throw new GitException(r.command + " failed: " + r.stderr.strip());
        }
        return r;
    }

    private Result run(byte[] input, String... args) {
        return run(top, input, args);
    }

    private static Result run(Path dir, byte[] input, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        String shown = "git " + String.join(" ", args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed?): " + e.getMessage());
        }
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) {
                in.write(input);
            }
        } catch (IOException e) {
            // git exited early; its exit code and message say why.
        }
        byte[] out = readAll(p.getInputStream());
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException(shown + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException(shown + " was interrupted");
        }
        return new Result(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8), shown);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split0(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\0")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new GitException("git cat-file: truncated output");
    }

    /** A git command failed; the message names the command and git's own words. */
    public static final class GitException extends RuntimeException {
        GitException(String message) {
            super(message);
        }
    }
}
