package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.MigrationKind;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds migration locations below a folder, top down. A folder with migrations of its own is a location: for
 * Flyway-style layouts with its subfolders, except subfolders named after a database, which are locations of their
 * own; for the folder layout with its {@code <version>/} subfolders; other tools read one folder, so their
 * subfolders are searched on their own. A folder without migrations of its own is searched below; when two or more
 * of its subfolders hold Flyway migrations whose versions never collide, Flyway would read them as one location when
 * pointed at the parent (dhis2's {@code db/migration/2.31}, {@code 2.32}, ...), so they become one location there.
 */
final class LocationFinder {

    private final FolderTree tree;
    private final LayoutDetector detector;
    private final Layout fallback;

    /** {@code fallback} is the layout that reads a named folder or file no layout recognises (the configured one, or Flyway). */
    LocationFinder(FolderTree tree, LayoutDetector detector, Layout fallback) {
        this.tree = tree;
        this.detector = detector;
        this.fallback = fallback;
    }

    /** Every location at or below {@code root}; a named root with scripts but no recognised layout is read with the fallback. */
    List<LocationSpec> findAll(Path root) {
        List<LocationSpec> found = locationsBelow(root);
        // Searching starts at root, so only a location at root itself can hold root's own files.
        if (found.stream().noneMatch(spec -> spec.directory().equals(root)) && hasScripts(root)) {
            found.add(fallbackAt(root));
        }
        return found;
    }

    /** Every location at or below {@code root} that a layout recognises. */
    List<LocationSpec> locationsBelow(Path root) {
        List<LocationSpec> found = new ArrayList<>();
        process(root, root, null, found);
        return found;
    }

    /**
     * The location holding {@code file}, searching from {@code root} (its repository) down along the file's path, so a
     * file of a Flyway subfolder gets its whole location as context. A file no location holds is read with the
     * fallback layout in its own folder.
     */
    LocationSpec findFor(Path root, Path file) {
        List<LocationSpec> found = new ArrayList<>();
        process(root, root, file, found);
        return found.stream()
                .filter(spec -> spec.covers(file))
                .max(Comparator.comparingInt(spec -> spec.directory().getNameCount()))
                .orElseGet(() -> fallbackAt(file.getParent()));
    }

    /**
     * The location that holds {@code dir} without being named by it (a Flyway subfolder, a diesel migration folder, a
     * version folder of a merged location), searching from {@code root} down; null when {@code dir} is not inside one.
     */
    LocationSpec enclosing(Path root, Path dir) {
        if (root.equals(dir) || !dir.startsWith(root)) {
            return null;
        }
        List<LocationSpec> found = new ArrayList<>();
        process(root, root, dir, found);
        LocationSpec deepest = found.stream()
                .filter(spec -> dir.startsWith(spec.directory()))
                .max(Comparator.comparingInt(spec -> spec.directory().getNameCount()))
                .orElse(null);
        if (deepest == null || deepest.directory().equals(dir)) {
            return null;
        }
        boolean holds = deepest.layout() == Layout.FOLDER
                ? dir.getParent().equals(deepest.directory()) && detector.belongsToFolderLayout(dir)
                : deepest.recursive() && deepest.sources().stream().anyMatch(s -> tree.subtree(s).dirs().contains(dir));
        return holds ? deepest : null;
    }

    private LocationSpec fallbackAt(Path dir) {
        tree.problem(dir, "no layout recognises the migration names here; read as " + fallback.id()
                + " (set layout, or layout: pattern with layoutPattern, in .migration-lint.yml)");
        return new LocationSpec(dir, fallback, List.of(dir), false);
    }

    /** {@code focus}, when set, limits the search to the folders on its path (and the siblings a merge needs). */
    private void process(Path root, Path dir, Path focus, List<LocationSpec> found) {
        Layout layout = detector.detect(dir);
        FolderTree.Listing listing = tree.list(dir);
        if (layout == Layout.FOLDER) {
            found.add(LocationSpec.of(dir, layout));
            for (Path sub : listing.dirs()) {
                if (!detector.belongsToFolderLayout(sub) && onPath(sub, focus)) {
                    process(root, sub, focus, found);
                }
            }
            return;
        }
        if (layout != null) {
            found.add(LocationSpec.of(dir, layout));
            List<Path> separate = layout.recursive() ? tree.subtree(dir).dialectFolders() : listing.dirs();
            for (Path sub : separate) {
                if (onPath(sub, focus)) {
                    process(root, sub, focus, found);
                }
            }
            return;
        }
        if (focus == null && hasScripts(dir) && looksLikeMigrations(root, dir)) {
            tree.problem(dir, "holds .sql files but no layout recognises their names; not linted"
                    + " (set layout, or layout: pattern with layoutPattern, in .migration-lint.yml)");
        }
        for (Path sub : listing.dirs()) {
            if (onPath(sub, focus)) {
                process(root, sub, focus, found);
            }
        }
        mergeSiblings(dir, focus, found);
    }

    private void mergeSiblings(Path dir, Path focus, List<LocationSpec> found) {
        List<Path> siblings = new ArrayList<>();
        Layout layout = null;
        for (Path sub : tree.list(dir).dirs()) {
            Layout subLayout = DialectFolders.isDialectFolder(sub) ? null : detector.detect(sub);
            if (subLayout != null && subLayout.isFlywayFamily()) {
                siblings.add(sub);
                layout = subLayout;
            }
        }
        if (siblings.size() < 2 || focus != null && siblings.stream().noneMatch(focus::startsWith)
                || collide(siblings)) {
            return;
        }
        found.removeIf(spec -> siblings.contains(spec.directory()));
        found.add(merge(dir, siblings, layout));
    }

    /**
     * One Flyway location named {@code directory} made of several source folders. With auto, the variant follows the
     * names of all of them; a configured layout stays.
     */
    LocationSpec merge(Path directory, List<Path> sources, Layout layout) {
        if (!detector.isAuto()) {
            return new LocationSpec(directory, layout, sources, true);
        }
        List<String> names = new ArrayList<>();
        for (Path source : sources) {
            for (Path d : tree.subtree(source).dirs()) {
                names.addAll(tree.list(d).files());
            }
        }
        return new LocationSpec(directory, LayoutDetector.flywayVariant(names), sources, true);
    }

    /** Whether two of the folders hold the same version, or the same repeatable: then they are separate histories. */
    private boolean collide(List<Path> folders) {
        NameReader reader = new NameReader(Layout.FLYWAY, null);
        Map<String, Path> owners = new HashMap<>();
        for (Path folder : folders) {
            Set<String> keys = new HashSet<>();
            for (Path d : tree.subtree(folder).dirs()) {
                for (String file : tree.list(d).files()) {
                    NameMatch match = reader.read(file);
                    if (match.isAccepted()) {
                        keys.add(key(match.name()));
                    }
                }
            }
            for (String key : keys) {
                Path owner = owners.putIfAbsent(key, folder);
                if (owner != null && !owner.equals(folder)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(ParsedName name) {
        if (name.kind() == MigrationKind.REPEATABLE) {
            return "R:" + name.description() + ":" + name.language();
        }
        // Numerically equal versions collide (1.0 and 1): drop trailing zero parts.
        List<BigInteger> parts = new ArrayList<>(name.version().parts());
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return name.kind() + ":" + parts;
    }

    private boolean hasScripts(Path dir) {
        return tree.list(dir).files().stream().anyMatch(f -> f.endsWith(".sql"));
    }

    /** Only folders that look meant for migrations get a note; SQL fixtures and schema dumps elsewhere stay quiet. */
    private static boolean looksLikeMigrations(Path root, Path dir) {
        for (Path segment : root.relativize(dir)) {
            if (segment.toString().toLowerCase(Locale.ROOT).contains("migration")) {
                return true;
            }
        }
        return false;
    }

    private static boolean onPath(Path sub, Path focus) {
        return focus == null || focus.startsWith(sub);
    }
}
