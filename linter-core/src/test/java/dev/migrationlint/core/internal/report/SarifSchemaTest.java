package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.report.SarifSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared schema check itself: it finds the official schema, and it is not vacuous. */
class SarifSchemaTest {

    private static final String MINIMAL = """
            {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
             "runs": [{"tool": {"driver": {"name": "t"}}, "results": []}]}
            """;

    @Test
    void schemaIsTheOfficialFileBesideTheRepository() {
        assertTrue(Files.isRegularFile(SarifSchema.file()), SarifSchema.file().toString());
    }

    @Test
    void acceptsValidSarif() {
        SarifSchema.assertValid(MINIMAL);
    }

    /** Guards against a validator that passes everything, such as one that failed to load the schema's definitions. */
    @Test
    void rejectsWhatTheSchemaForbids() {
        assertFalse(SarifSchema.validate(MINIMAL.replace("\"2.1.0\"", "\"2.0.0\"")).isEmpty());
        assertFalse(SarifSchema.validate(MINIMAL.replace("\"results\": []",
                "\"results\": [{\"ruleId\": \"r\"}]")).isEmpty(), "a result needs a message");
        assertFalse(SarifSchema.validate(MINIMAL.replace("\"results\": []",
                "\"results\": [{\"message\": {\"text\": \"m\"}, \"locations\": [{\"physicalLocation\": "
                        + "{\"region\": {\"startLine\": 0}}}]}]")).isEmpty(), "lines start at 1");
        assertThrows(AssertionError.class, () -> SarifSchema.assertValid(MINIMAL.replace("\"name\"", "\"nom\"")));
    }

    @Test
    void everyStoredSarifGoldenFileIsValid() throws IOException {
        List<Path> golden;
        try (Stream<Path> files = Files.list(Golden.folder())) {
            golden = files.filter(f -> f.getFileName().toString().endsWith(".sarif")).sorted().toList();
        }
        assertFalse(golden.isEmpty());
        for (Path file : golden) {
            SarifSchema.assertValid(Files.readString(file, StandardCharsets.UTF_8));
        }
    }
}
