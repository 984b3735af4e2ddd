package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Small migration trees for tests, and discovery over them. */
final class Trees {

    private Trees() {
    }

    /** Creates each file (relative to {@code root}) holding one statement. */
    static void files(Path root, String... relatives) {
        for (String relative : relatives) {
            write(root, relative, "SELECT 1;\n");
        }
    }

    static Path write(Path root, String relative, String content) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Discovery with auto layout from {@code root}, over these PATH arguments (relative to root). */
    static DiscoveryResult discover(Path root, String... paths) {
        return discover(DiscoveryOptions.defaults(root), paths);
    }

    static DiscoveryResult discoverWith(Path root, String layout, Dialect dialect, String... paths) {
        return discover(new DiscoveryOptions(layout, null, null, root, List.of(), dialect), paths);
    }

    static DiscoveryResult discover(DiscoveryOptions options, String... paths) {
        try {
            return new Discovery(options).discover(Arrays.stream(paths).map(Path::of).toList());
        } catch (MissingPathException e) {
            throw new AssertionError(e);
        }
    }

    static Location location(DiscoveryResult result, String path) {
        return result.locations().stream().filter(l -> l.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no location " + path + " in "
                        + result.locations().stream().map(Location::path).toList()));
    }

    /** The migrations' paths relative to their location, in order. */
    static List<String> names(Location location) {
        return location.migrations().stream().map(m -> relative(location, m)).toList();
    }

    static List<String> rejectedNames(Location location) {
        return location.rejected().stream().map(r -> relative(location, r.path())).toList();
    }

    private static String relative(Location location, Migration m) {
        return relative(location, m.path());
    }

    private static String relative(Location location, String path) {
        return location.path().equals(".") ? path : path.substring(location.path().length() + 1);
    }
}
