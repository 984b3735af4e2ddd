package dev.migrationlint.core.internal.discovery;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folder listings, each read once per run. Build output, dependencies and dot-folders are skipped; a symlinked folder
 * is followed only when it leads outside the folders being searched and has not been read yet, so loops end; a folder
 * that cannot be read is recorded as a problem and counts as empty. A symlink that leads nowhere (dangling, or a loop
 * of links) is listed as a file.
 */
final class FolderTree {

    /** Files (names) and subfolders of one folder, sorted by name. */
    record Listing(Path dir, List<String> files, List<Path> dirs) {
        /** A binary search: the files are in natural order, and a folder may hold tens of thousands. */
        boolean hasFile(String name) {
            return Collections.binarySearch(files, name) >= 0;
        }
    }

    private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules");

    // Concurrent: locations are read in parallel, and each may list folders.
    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();
    private final Set<Path> realRoots = ConcurrentHashMap.newKeySet();
    private final Set<Path> followedLinks = ConcurrentHashMap.newKeySet();
    private final PathDisplay display;
    private final Problems problems;

    FolderTree(PathDisplay display, Problems problems) {
        this.display = display;
        this.problems = problems;
    }

    /** Declares a folder that is searched whole, so symlinks into it are not followed a second time. */
    void addRoot(Path root) {
        Path real = realPath(root);
        if (real != null) {
            realRoots.add(real);
        }
    }

    Listing list(Path dir) {
        Listing listing = listings.get(dir);
        if (listing == null) {
            listing = read(dir);
            Listing first = listings.putIfAbsent(dir, listing);
            return first != null ? first : listing;
        }
        return listing;
    }

    /**
     * The folders of a recursive (Flyway-style) location rooted at {@code root}, depth first, and the folders named
     * after a database it stops at: those are histories of their own.
     */
    Subtree subtree(Path root) {
        List<Path> dirs = new ArrayList<>();
        List<Path> dialectFolders = new ArrayList<>();
        collect(root, dirs, dialectFolders);
        return new Subtree(List.copyOf(dirs), List.copyOf(dialectFolders));
    }

    record Subtree(List<Path> dirs, List<Path> dialectFolders) {
    }

    private void collect(Path dir, List<Path> dirs, List<Path> dialectFolders) {
        dirs.add(dir);
        for (Path sub : list(dir).dirs()) {
            if (DialectFolders.isDialectFolder(sub)) {
                dialectFolders.add(sub);
            } else {
                collect(sub, dirs, dialectFolders);
            }
        }
    }

    void problem(Path path, String message) {
        problems.add(path, message);
    }

    private Listing read(Path dir) {
        List<String> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    if (!name.startsWith(".") && !SKIPPED.contains(name) && follow(dir, entry)) {
                        dirs.add(entry);
                    }
                } else if (Files.isRegularFile(entry) || Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                    // A dangling or looping symlink is listed as a file: if its name is a migration's, reading it
                    // fails and that is reported at the file, rather than the migration silently missing.
                    files.add(name);
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            problem(dir, "folder not read (" + describe(e) + "); skipped");
        }
        files.sort(Comparator.naturalOrder());
        dirs.sort(Comparator.comparing(d -> d.getFileName().toString()));
        return new Listing(dir, List.copyOf(files), List.copyOf(dirs));
    }

    private boolean follow(Path parent, Path entry) {
        if (!Files.isSymbolicLink(entry)) {
            return true;
        }
        Path target = realPath(entry);
        Path realParent = realPath(parent);
        if (target == null || realParent == null) {
            problem(entry, "symlink not followed: its target cannot be resolved");
            return false;
        }
        if (realParent.startsWith(target)) {
            problem(entry, "symlink loop: it points to " + display.display(target) + ", a folder above it; not followed");
            return false;
        }
        // A target inside a searched folder is read at its own path; one outside is read once.
        return realRoots.stream().noneMatch(target::startsWith) && followedLinks.add(target);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof DirectoryIteratorException ? e.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        String kind = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? kind : kind + ": " + cause.getMessage();
    }
}
