package dev.migrationlint.core.internal.config;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing the config loader: any bytes give a configuration or a {@link ConfigException} that names the file,
 * never another exception. Without {@code JAZZER_FUZZ} the committed seeds ({@code ConfigLoaderFuzzTestInputs/})
 * run as regression tests.
 */
class ConfigLoaderFuzzTest {

    private static final Path FILE;

    static {
        try {
            Path dir = Files.createTempDirectory("config-fuzz");
            dir.toFile().deleteOnExit();
            FILE = dir.resolve(ConfigLoader.FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "50s")
    void anyBytesGiveAConfigOrALocatedError(byte[] input) throws IOException {
        Files.write(FILE, input);
        try {
            assertNotNull(ConfigLoader.load(FILE));
        } catch (ConfigException e) {
            assertTrue(e.getMessage().startsWith(FILE.toString()), e.getMessage());
            assertFalse(e.getMessage().contains("\n\tat "), e.getMessage());
        } finally {
            FILE.toFile().deleteOnExit();
        }
    }
}
