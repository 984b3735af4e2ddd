package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;
import java.util.List;

/**
 * A location found, before its files are read.
 *
 * @param directory the folder the location is named by
 * @param layout    how its files are named and run
 * @param sources   the folders its files come from: the directory itself, or for merged Flyway locations the sibling
 *                  folders (or {@code src/main/resources} and {@code src/main/java} package folders) that form one history
 * @param recursive whether the sources' subfolders (except those named after a database) belong to it
 */
record LocationSpec(Path directory, Layout layout, List<Path> sources, boolean recursive) {

    LocationSpec {
        sources = List.copyOf(sources);
    }

    static LocationSpec of(Path directory, Layout layout) {
        return new LocationSpec(directory, layout, List.of(directory), layout.recursive());
    }

    /**
     * Whether {@code file} lies in one of the sources: at any depth when recursive (dialect folders are not told
     * apart: callers prefer the deepest location), one level down for the folder layout, else directly.
     */
    boolean covers(Path file) {
        Path parent = file.getParent();
        for (Path source : sources) {
            if (recursive ? file.startsWith(source)
                    : source.equals(parent) || layout == Layout.FOLDER && parent != null && source.equals(parent.getParent())) {
                return true;
            }
        }
        return false;
    }
}
