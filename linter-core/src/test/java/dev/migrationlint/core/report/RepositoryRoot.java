package dev.migrationlint.core.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's top folder, found from the working directory, which is a module folder under Maven. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** The nearest folder, from the working directory upward, that holds {@code linter-core}. */
    public static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("linter-core"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder holding linter-core above " + Path.of("").toAbsolutePath());
    }
}
