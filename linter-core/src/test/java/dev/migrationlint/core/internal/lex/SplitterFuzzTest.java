package dev.migrationlint.core.internal.lex;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.migrationlint.core.spi.Dialect;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzzing the lexer and splitter: any text, in each lexing family, splits without failing, with exact positions,
 * and the streamed split equals the in-memory one (also with a tiny statement budget, so truncation is exercised).
 * Without {@code JAZZER_FUZZ} the committed seeds ({@code SplitterFuzzTestInputs/}) run as regression tests.
 */
class SplitterFuzzTest {

    private static final Dialect[] FAMILIES = {Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.SQLITE};

    @FuzzTest(maxDuration = "60s")
    void anyScriptSplitsConsistently(byte[] input) {
        String src = new String(input, StandardCharsets.UTF_8);
        for (int i = 0; i < FAMILIES.length; i++) {
            LexOptions options = new LexOptions(FAMILIES[i], i == 0, i == 2 ? 64 : LexOptions.DEFAULT_MAX_STATEMENT_CHARS);
            SplitResult result = Splitter.split(src, options);
            SplitInvariantsTest.assertConsistent(src, result);
            assertEquals(result, SplitterTest.streamed(src, options));
        }
    }
}
