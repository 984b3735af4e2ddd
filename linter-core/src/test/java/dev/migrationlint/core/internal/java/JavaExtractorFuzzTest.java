package dev.migrationlint.core.internal.java;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Span;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing the Java extractor: any text read as a Java migration gives a reading (with problems when it is not
 * Java) and a script whose statements and call sites lie inside the file; nothing escapes, not even a stack
 * overflow. Without {@code JAZZER_FUZZ} the committed seeds ({@code JavaExtractorFuzzTestInputs/}) run as
 * regression tests.
 */
class JavaExtractorFuzzTest {

    private static final JavaMigrationReader READER = new JavaMigrationReader(List.of("com.acme.AbstractMigration"),
            List.of("rollback", "undo", "down"));

    @FuzzTest(maxDuration = "60s")
    void anyTextGivesAReadingAndPlacedStatements(byte[] input) {
        String source = new String(input, StandardCharsets.UTF_8);
        JavaMigrationReader.Reading reading = READER.read(source, "src/main/java/db/migration/V1__Fuzz.java",
                (simple, qualified) -> List.of());
        assertNotNull(reading);
        for (Dialect dialect : new Dialect[] {Dialect.POSTGRESQL, Dialect.MYSQL}) {
            JavaScript script = JavaScript.of(source, reading, LexOptions.of(dialect));
            for (RawStatement statement : script.statements()) {
                assertInside(statement.span(), source);
            }
            script.sites().forEach(site -> assertInside(site, source));
        }
    }

    private static void assertInside(Span span, String source) {
        if (span.equals(Span.FILE)) {
            return;
        }
        assertTrue(span.startOffset() >= 0 && span.startOffset() <= span.endOffset()
                && span.endOffset() <= source.length(), () -> "span " + span + " outside a file of "
                + source.length() + " chars");
        assertTrue(span.startLine() >= 1 && span.startColumn() >= 1, () -> "span " + span + " has no position");
    }
}
