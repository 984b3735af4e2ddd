package dev.migrationlint.core.internal.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder inside a source tree ({@code <module>/src/main/resources/db/migration}): a classpath package that
 * {@code src/main/java}, {@code src/main/kotlin}, ... of the same source set share. Flyway reads a classpath location
 * from all of them, so SQL and Java migrations of one package form one history.
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

    /** The same package in the other source kinds of the source set, where such folders exist. */
    List<Path> counterparts() {
        List<Path> counterparts = new ArrayList<>();
        for (String other : KINDS) {
            Path candidate = pkg.isEmpty() ? sourceSet.resolve(other) : sourceSet.resolve(other).resolve(pkg);
            if (!other.equals(kind) && Files.isDirectory(candidate)) {
                counterparts.add(candidate);
            }
        }
        return counterparts;
    }

    /** One key for the package across source kinds. */
    String key() {
        return sourceSet + "|" + pkg;
    }
}
