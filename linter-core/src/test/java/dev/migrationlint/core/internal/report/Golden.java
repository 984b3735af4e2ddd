package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.report.RepositoryRoot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files under {@code linter-core/src/test/resources/report/}, compared byte for byte. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them from the current output, then review the diff.
 */
final class Golden {

    private Golden() {
    }

    static Path folder() {
        return RepositoryRoot.find().resolve("linter-core/src/test/resources/report");
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = folder().resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; run with -Dgolden.update=true to create it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "output differs from " + file + " (run with -Dgolden.update=true to accept it)");
    }
}
