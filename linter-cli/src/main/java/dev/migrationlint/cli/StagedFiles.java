package dev.migrationlint.cli;

import dev.migrationlint.core.ContentOverrides;
import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.UsageException;
import dev.migrationlint.core.internal.discovery.PathDisplay;
import dev.migrationlint.core.internal.history.Git;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code check --staged}: what the commit will hold. Staged SQL scripts and the Flyway {@code .sql.conf} files beside
 * them are read from the git index, not the work tree (a conf file the index lacks counts as absent); the rest of
 * each history is the context. Only staged files are reported, unless {@code --all}; a staged {@code V1__x.sql.conf}
 * reports its script, whose execution it changes, and a staged deletion or rename reports the path it removes.
 */
final class StagedFiles {

    private static final String CONF = ".conf";

    private StagedFiles() {
    }

    static LintRequest apply(LintRequest request, boolean all) {
        Git git = Git.find(request.workingDirectory());
        if (git == null) {
            throw new UsageException("--staged needs a git work tree; " + request.workingDirectory() + " is not in one");
        }
        try {
            return apply(request, all, git);
        } catch (Git.GitException e) {
            throw new UsageException("--staged: " + e.getMessage());
        }
    }

    private static LintRequest apply(LintRequest request, boolean all, Git git) {
        List<String> staged = git.stagedPaths();
        Set<String> wanted = new LinkedHashSet<>();
        Set<String> reported = new HashSet<>();
        for (String path : staged) {
            String lower = path.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".sql" + CONF)) {
                wanted.add(path);
                String script = path.substring(0, path.length() - CONF.length());
                wanted.add(script);
                reported.add(script);
            } else if (lower.endsWith(".sql")) {
                wanted.add(path);
                wanted.add(path + CONF);
            }
            reported.add(path);
        }
        Map<Path, byte[]> contents = new HashMap<>();
        Set<Path> absent = new HashSet<>();
        Map<String, byte[]> index = git.contents("", new ArrayList<>(wanted));
        for (String path : wanted) {
            Path file = git.top().resolve(path);
            byte[] bytes = index.get(path);
            if (bytes != null) {
                contents.put(file, bytes);
            } else {
                absent.add(file);
            }
        }
        Set<String> focus = null;
        if (!all) {
            // A deleted (or renamed) migration is reported too: deleting an applied one is a hazard of its own.
            reported.addAll(git.stagedDeletions());
            PathDisplay display = PathDisplay.forWorkingDirectory(request.workingDirectory());
            focus = new HashSet<>();
            for (String path : reported) {
                focus.add(display.display(git.top().resolve(path)));
            }
        }
        return request.withContents(ContentOverrides.of(contents, absent), focus);
    }
}
