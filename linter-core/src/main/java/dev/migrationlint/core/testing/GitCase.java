package dev.migrationlint.core.testing;

import dev.migrationlint.core.LintRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a git repository from a fixture tree and its {@code git-history.txt}, so that rules that read git history
 * (ages, change sets, base refs) have marker cases like every other rule. The fixture is copied whole; then the steps
 * run in order, one a line ({@code #} starts a comment):
 * <ul>
 *   <li>{@code commit WHEN PATH...}: commit these files of the copy, authored and committed at WHEN (an ISO instant
 *       such as {@code 2019-03-01T10:00:00Z}, or {@code 800d} for 800 days ago);</li>
 *   <li>{@code delete PATH...}: delete these files from the work tree (after committing them, a deletion under
 *       review);</li>
 *   <li>{@code append PATH TEXT}: append the line TEXT to a file of the work tree (after committing it, an edit
 *       under review);</li>
 *   <li>{@code base REF}: lint with {@code --base REF}; {@code all}: with {@code --all}.</li>
 * </ul>
 * Files no step commits stay untracked: added since the last commit.
 */
final class GitCase {

    private GitCase() {
    }

    /** Copies {@code fixture} into {@code copy}, runs the steps there, and returns the history options to lint with. */
    static LintRequest.History build(Path fixture, Path copy, String stepsFile) {
        try {
            copyTree(fixture, copy, stepsFile);
            git(copy, null, "init", "-q");
            git(copy, null, "config", "user.email", "case@example.com");
            git(copy, null, "config", "user.name", "Case");
            git(copy, null, "config", "commit.gpgsign", "false");
            String base = null;
            boolean all = false;
            for (String raw : Files.readAllLines(fixture.resolve(stepsFile), StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\\s+");
                switch (words[0]) {
                    case "commit" -> {
                        String when = instant(words[1]).toString();
                        List<String> add = new ArrayList<>(List.of("add", "--"));
                        add.addAll(List.of(words).subList(2, words.length));
                        git(copy, null, add.toArray(String[]::new));
                        git(copy, when, "commit", "-q", "--allow-empty", "-m", "case step: " + line);
                    }
                    case "delete" -> {
                        for (int i = 1; i < words.length; i++) {
                            Files.delete(copy.resolve(words[i]));
                        }
                    }
                    case "append" -> Files.writeString(copy.resolve(words[1]),
                            line.substring(line.indexOf(words[1]) + words[1].length()).strip() + "\n",
                            StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                    case "base" -> base = words[1];
                    case "all" -> all = true;
                    default -> throw new IllegalArgumentException(stepsFile + ": unknown step '" + words[0] + "'");
                }
            }
            return new LintRequest.History(null, base, all, null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(String when) {
        if (when.matches("\\d+d")) {
            return Instant.now().minus(Duration.ofDays(Long.parseLong(when.substring(0, when.length() - 1))));
        }
        return Instant.parse(when);
    }

    private static void copyTree(Path from, Path to, String skip) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().equals(skip)) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void git(Path dir, String date, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (date != null) {
            pb.environment().put("GIT_AUTHOR_DATE", date);
            pb.environment().put("GIT_COMMITTER_DATE", date);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
