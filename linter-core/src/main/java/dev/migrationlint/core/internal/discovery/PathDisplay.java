package dev.migrationlint.core.internal.discovery;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns paths into the form every report, glob and baseline key uses: relative to the git top level when the working
 * directory is inside a git repository, else to the working directory, with {@code /} separators. Paths outside that
 * root stay absolute (still with {@code /}).
 */
public final class PathDisplay {

    private final Path root;

    private PathDisplay(Path root) {
        this.root = root;
    }

    /** The display for a run started in {@code workingDirectory}. */
    public static PathDisplay forWorkingDirectory(Path workingDirectory) {
        Path wd = workingDirectory.toAbsolutePath().normalize();
        Path git = gitTopLevel(wd);
        return new PathDisplay(git != null ? git : wd);
    }

    /**
     * The nearest folder at or above {@code dir} holding a {@code .git} folder or file (a worktree or submodule has a
     * file), or null outside git. Found on disk rather than by running git, so it works without git installed.
     */
    public static Path gitTopLevel(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }

    /** The folder paths are shown relative to. */
    public Path root() {
        return root;
    }

    /** {@code path} relative to the root with {@code /}, or absolute with {@code /} when outside it; the root is {@code .}. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.startsWith(root)) {
            String rel = slashes(root.relativize(abs).toString());
            return rel.isEmpty() ? "." : rel;
        }
        return slashes(abs.toString());
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
