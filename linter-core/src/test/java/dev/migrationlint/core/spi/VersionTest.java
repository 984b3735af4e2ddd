package dev.migrationlint.core.spi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionTest {

    @Test
    void comparesNumericallyPartByPart() {
        assertTrue(Version.parse("1.10").compareTo(Version.parse("1.9")) > 0);
        assertTrue(Version.parse("2_31_1").compareTo(Version.parse("2.31")) > 0);
        assertTrue(Version.parse("1").sameAs(Version.parse("1.0")));
        assertTrue(Version.parse("20170206205240748").compareTo(Version.parse("20170123120000000")) > 0);
    }

    @Test
    void rejectsNonNumericVersions() {
        assertThrows(IllegalArgumentException.class, () -> Version.parse("1.a"));
        assertThrows(IllegalArgumentException.class, () -> Version.parse("1..2"));
    }

    @Test
    void targetVersions() {
        TargetVersion v = TargetVersion.parse("10.11");
        assertEquals(10, v.major());
        assertEquals(11, v.minor());
        assertTrue(v.atLeast(10, 4));
        assertTrue(TargetVersion.parse("15").atLeast(12));
        assertEquals("9.6", TargetVersion.parse("9.6").toString());
    }

    @Test
    void targetVersionsWithAPatchRelease() {
        TargetVersion old = TargetVersion.parse("8.0.28");
        assertEquals(28, old.patch());
        assertTrue(old.hasPatch());
        assertFalse(old.atLeast(8, 0, 29));
        assertTrue(old.atLeast(8, 0, 12));
        assertTrue(old.atLeast(5, 7, 40));
        // A series without a patch stands for its latest release.
        TargetVersion series = TargetVersion.parse("8.0");
        assertEquals(-1, series.patch());
        assertTrue(series.atLeast(8, 0, 29));
        assertFalse(series.atLeast(8, 1, 0));
        assertTrue(TargetVersion.parse("8.4").atLeast(8, 0, 29));
        assertTrue(series.compareTo(old) > 0);
        assertTrue(TargetVersion.parse("8.0.30").compareTo(old) > 0);
        assertThrows(IllegalArgumentException.class, () -> TargetVersion.parse("8.0.x"));
        assertThrows(IllegalArgumentException.class, () -> TargetVersion.parse("8.0.1.2"));
        assertThrows(IllegalArgumentException.class, () -> TargetVersion.parse("8..1"));
    }
}
