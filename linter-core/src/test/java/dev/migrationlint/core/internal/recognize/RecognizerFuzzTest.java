package dev.migrationlint.core.internal.recognize;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fuzzing the recognizer: every statement of any script, in every dialect, gets a fact; nothing escapes
 * (not even a stack overflow). Without {@code JAZZER_FUZZ} the committed seeds ({@code RecognizerFuzzTestInputs/})
 * run as regression tests.
 */
class RecognizerFuzzTest {

    private static final Recognizer[] RECOGNIZERS = java.util.Arrays.stream(Dialect.values())
            .map(d -> new Recognizer(d, "public")).toArray(Recognizer[]::new);

    @FuzzTest(maxDuration = "60s")
    void everyStatementGetsAFact(byte[] input) {
        String src = new String(input, StandardCharsets.UTF_8);
        for (Dialect dialect : new Dialect[] {Dialect.POSTGRESQL, Dialect.MYSQL}) {
            for (RawStatement s : Splitter.split(src, LexOptions.of(dialect)).statements()) {
                for (Recognizer recognizer : RECOGNIZERS) {
                    Fact fact = recognizer.recognize(s.tokens());
                    assertNotNull(fact);
                    assertNotNull(fact.command());
                }
            }
        }
    }
}
