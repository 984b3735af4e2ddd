package dev.migrationlint.core.internal.discovery;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiscoveryOptionsTest {

    private static String error(String layout, String pattern) {
        return assertThrows(IllegalArgumentException.class,
                () -> new DiscoveryOptions(layout, pattern, null, null, null, null)).getMessage();
    }

    @Test
    void defaultsToAutoAndTheProcessWorkingDirectory() {
        DiscoveryOptions options = new DiscoveryOptions(null, null, null, null, null, null);
        assertEquals("auto", options.layout());
        assertEquals(Path.of("").toAbsolutePath(), options.workingDirectory());
        assertEquals(List.of(), options.configuredLocations());
    }

    @Test
    void rejectsUnknownLayoutsAndBadPatterns() {
        assertTrue(error("liquibase", null).contains("unknown layout 'liquibase'"));
        assertTrue(error("pattern", null).contains("needs layoutPattern"));
        assertTrue(error("pattern", "(?<version>\\d+").contains("not a valid regular expression"));
        assertTrue(error("pattern", "(\\d+)_(.*)\\.sql").contains("no named group 'version'"));
    }
}
