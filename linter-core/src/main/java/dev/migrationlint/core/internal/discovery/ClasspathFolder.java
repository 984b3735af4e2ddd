package dev.migrationlint.core.internal.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder inside a source tree ({@code <module>/src/main/resources/db/migration}): a classpath package that
 * {@code src/main/java}, {@code src/main/kotlin}, ... of the same source set share. Flyway reads a classpath location
 * from all of them, so SQL and Java migrations of one package form one history. By the linter's convention every
 * {@code db/migration} package of a source set ({@code src/main/java/com/acme/db/migration} as well as
 * {@code src/main/resources/db/migration}) is one package here: Java migrations are usually kept in the
 * application's own package tree.
 *
 * @param sourceSet {@code <module>/src/main}
 * @param kind      {@code resources}, {@code java}, ...
 * @param pkg       the package path below the kind folder, {@code /}-separated ("" for the classpath root)
 */
record ClasspathFolder(Path sourceSet, String kind, String pkg) {

    private static final List<String> KINDS = List.of("groovy", "java", "kotlin", "resources", "scala");

    /** The classpath folder {@code dir} is, or null outside a {@code src/<set>/<kind>} tree. */
    static ClasspathFolder of(Path dir) {
        for (int i = dir.getNameCount() - 1; i >= 2; i--) {
            if (KINDS.contains(dir.getName(i).toString()) && dir.getName(i - 2).toString().equals("src")) {
                Path sourceSet = dir.getRoot().resolve(dir.subpath(0, i));
                String pkg = i + 1 < dir.getNameCount() ? dir.subpath(i + 1, dir.getNameCount()).toString() : "";
                return new ClasspathFolder(sourceSet, dir.getName(i).toString(), pkg.replace('\\', '/'));
            }
        }
        return null;
    }

    /**
     * The same package in the other source kinds of the source set, where such folders exist; for a {@code db/migration}
     * package, every {@code db/migration} package folder of the other kinds.
     */
    List<Path> counterparts(FolderTree tree) {
        List<Path> counterparts = new ArrayList<>();
        for (String other : KINDS) {
            Path kindRoot = sourceSet.resolve(other);
            if (other.equals(kind) || !Files.isDirectory(kindRoot)) {
                continue;
            }
            if (isDbMigration(pkg)) {
                for (Path dir : tree.subtree(kindRoot).dirs()) {
                    if (isDbMigration(kindRoot.relativize(dir).toString().replace('\\', '/'))) {
                        counterparts.add(dir);
                    }
                }
            } else {
                Path candidate = pkg.isEmpty() ? kindRoot : kindRoot.resolve(pkg);
                if (Files.isDirectory(candidate)) {
                    counterparts.add(candidate);
                }
            }
        }
        return counterparts;
    }

    /** One key for the package across source kinds ({@code db/migration} packages share one). */
    String key() {
        return sourceSet + "|" + (isDbMigration(pkg) ? DB_MIGRATION : pkg);
    }

    private static final String DB_MIGRATION = "db/migration";

    private static boolean isDbMigration(String pkg) {
        return pkg.equals(DB_MIGRATION) || pkg.endsWith("/" + DB_MIGRATION);
    }
}
