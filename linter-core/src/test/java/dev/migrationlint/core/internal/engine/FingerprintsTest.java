package dev.migrationlint.core.internal.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FingerprintsTest {

    @Test
    void positionsInAFallbackMessageDoNotCount() {
        assertEquals(Fingerprints.of("syntax-error", "db/V1__a.sql", null,
                        "unterminated block comment (started at line 3, column 14)"),
                Fingerprints.of("syntax-error", "db/V1__a.sql", null,
                        "unterminated block comment (started at line 30, column 1)"));
    }

    @Test
    void ruleAndPathAndTheRestOfTheMessageDo() {
        String base = Fingerprints.of("r", "db/V1__a.sql", null, "version 3 is duplicated");
        assertNotEquals(base, Fingerprints.of("q", "db/V1__a.sql", null, "version 3 is duplicated"));
        assertNotEquals(base, Fingerprints.of("r", "db/V2__a.sql", null, "version 3 is duplicated"));
        assertNotEquals(base, Fingerprints.of("r", "db/V1__a.sql", null, "version 4 is duplicated"));
    }
}
