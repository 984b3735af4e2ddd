package dev.migrationlint.core.spi;

import java.util.List;

/**
 * The files a change under review touches: a git range ({@code --base REF} to the work tree) or the staged index.
 *
 * @param name  for messages: "since main", "staged"
 * @param files every changed file of the repository, paths as reports show them
 */
public record ChangeSet(String name, List<ChangedFile> files) {

    public ChangeSet {
        files = List.copyOf(files);
    }

    public enum Status { ADDED, MODIFIED, DELETED }

    /**
     * @param migration the file lies in a migration location of the run (a migration or one of its companions)
     */
    public record ChangedFile(String path, Status status, boolean migration) {
    }
}
