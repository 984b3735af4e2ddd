package dev.migrationlint.core.internal.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unterminated block comment (started at line 3, column 14) | unterminated block comment (started at line, column)",
        "LINES 10 to 12 | LINE to 12",
        "Columns 4 and 5 | Column and 5",
        "pipeline 3, timeline 4, _line 5, lineage 6 | pipeline 3, timeline 4, _line 5, lineage 6",
        "line  3, line3, line x, column | line  3, line3, line x, column",
        "see line 7x and column 12 | see linex and column",
        "version 3 is duplicated | version 3 is duplicated",
    })
    void positionsAreTheWordsLineAndColumnWithTheirNumbers(String message, String normalized) {
        assertEquals(normalized, Fingerprints.withoutPositions(message));
    }
}
