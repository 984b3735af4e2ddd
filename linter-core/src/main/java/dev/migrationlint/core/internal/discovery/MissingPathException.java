package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A PATH argument that does not exist: a usage error (exit code 2), raised before anything is read. */
public final class MissingPathException extends Exception {

    private final transient List<Path> paths;

    public MissingPathException(List<Path> paths) {
        super(paths.stream().map(p -> "path does not exist: " + p).collect(Collectors.joining("; ")));
        this.paths = List.copyOf(paths);
    }

    /** Every PATH argument that was missing, as given. */
    public List<Path> paths() {
        return paths;
    }
}
