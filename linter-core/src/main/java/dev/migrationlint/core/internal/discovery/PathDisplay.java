package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;

public final class PathDisplay {
    public static Path root(Path workingDirectory) {
        return workingDirectory;
    }
}
