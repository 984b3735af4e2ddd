package dev.migrationlint.core.internal.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlobTest {

    @Test
    void doubleStarSpansAnyNumberOfFoldersIncludingNone() {
        Glob g = Glob.of("**/bootstrap/**");
        assertTrue(g.matches("db/migration/bootstrap/V3__x.sql"));
        assertTrue(g.matches("bootstrap/V1__x.sql"));
        assertTrue(g.matches("a/bootstrap/deep/er/V1__x.sql"));
        assertFalse(g.matches("db/migration/bootstrapping/V1__x.sql"));
    }

    @Test
    void singleStarStaysInOneSegment() {
        Glob g = Glob.of("db/*/V1__x.sql");
        assertTrue(g.matches("db/migration/V1__x.sql"));
        assertFalse(g.matches("db/a/b/V1__x.sql"));
    }

    @Test
    void aNameWithoutSlashMatchesAnywhere() {
        assertTrue(Glob.of("*.seed.sql").matches("db/migration/V2__countries.seed.sql"));
        assertTrue(Glob.of("legacy/").matches("legacy/V1__x.sql"));
        assertFalse(Glob.of("V?__x.sql").matches("db/V10__x.sql"));
    }

    @Test
    void regexCharactersAreLiteral() {
        assertTrue(Glob.of("db/V1.1__a+b.sql").matches("db/V1.1__a+b.sql"));
        assertFalse(Glob.of("db/V1.1__a+b.sql").matches("db/V1x1__aab.sql"));
    }
}
