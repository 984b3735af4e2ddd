package dev.migrationlint.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validation against the official SARIF 2.1.0 schema, kept in {@code shared/sarif/} beside the repository. The schema
 * is read from that file (never fetched) and a missing file fails the test: shared/ is always there, and a skipped
 * check would let invalid SARIF through. Format assertions ({@code uri}, {@code uri-reference}) are on, since GitHub
 * rejects a malformed URI as surely as a missing member.
 */
public final class SarifSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    private SarifSchema() {
    }

    /** {@code ../shared/sarif/sarif-schema-2.1.0.json} from the repository root. */
    public static Path file() {
        return RepositoryRoot.find().resolveSibling("shared").resolve("sarif").resolve("sarif-schema-2.1.0.json");
    }

    /** The schema's complaints about {@code sarif}; empty when it is valid. */
    public static Set<ValidationMessage> validate(String sarif) {
        try {
            return schema().validate(JSON.readTree(sarif));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }

    /** Throws an {@link AssertionError} listing every violation. */
    public static void assertValid(String sarif) {
        Set<ValidationMessage> problems = validate(sarif);
        if (!problems.isEmpty()) {
            throw new AssertionError("SARIF does not validate against " + file() + ":\n"
                    + problems.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));
        }
    }

    private static synchronized JsonSchema schema() throws IOException {
        if (schema == null) {
            Path file = file();
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("the SARIF schema is missing: " + file
                        + " (shared/ is expected beside the repository)");
            }
            JsonNode node = JSON.readTree(file.toFile());
            schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node))
                    .getSchema(node, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
        return schema;
    }
}
