package dev.migrationlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrationlint.core.report.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SARIF written by the command itself, from real rules, validated against the official schema. */
class SarifCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void migration(String name, String sql) throws IOException {
        Path file = dir.resolve("db/migration").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql, StandardCharsets.UTF_8);
    }

    /** Runs {@code check --format sarif --output F} and returns F, validated. */
    private JsonNode sarif(int expectedExit, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", ".", "--format", "sarif", "--output", "out/lint.sarif"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.in(dir, args.toArray(String[]::new));
        assertEquals(expectedExit, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out());
        String sarif = Files.readString(dir.resolve("out/lint.sarif"), StandardCharsets.UTF_8);
        SarifSchema.assertValid(sarif);
        return JSON.readTree(sarif);
    }

    @Test
    void hazardsExitOneAndTheFileValidates() throws IOException {
        migration("V1__create.sql", "CREATE TABLE \"prénom\" (id bigint PRIMARY KEY, email text);\r\n");
        migration("V2__index.sql", "-- lookups\r\n\r\nCREATE INDEX people_email_idx ON \"prénom\" (email);\r\n");

        JsonNode run = sarif(1).at("/runs/0");

        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText().startsWith("file:"));
        assertEquals("migration-lint/", run.at("/automationDetails/id").asText());
        List<String> ids = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(ids.contains("require-concurrent-index-creation"), ids.toString());
        JsonNode rule = run.at("/tool/driver/rules/" + ids.indexOf("require-concurrent-index-creation"));
        assertTrue(rule.at("/help/markdown").asText().startsWith("# require-concurrent-index-creation"),
                "help is the doc page");

        JsonNode result = run.at("/results/0");
        assertEquals("require-concurrent-index-creation", result.get("ruleId").asText());
        assertEquals(ids.indexOf("require-concurrent-index-creation"), result.get("ruleIndex").asInt());
        assertEquals("error", result.get("level").asText());
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertEquals("db/migration/V2__index.sql", location.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
        assertEquals(3, location.at("/region/startLine").asInt());
        assertEquals(1, location.at("/region/startColumn").asInt());
        assertEquals(3, location.at("/region/endLine").asInt());
        assertEquals("CREATE INDEX people_email_idx ON \"prénom\" (email)".length() + 1,
                location.at("/region/endColumn").asInt(), "UTF-16 code units, end exclusive: é counts one");
        assertFalse(result.at("/partialFingerprints/migrationLint~1v1").asText().isEmpty());
    }

    @Test
    void fingerprintsSurviveLineShifts() throws IOException {
        migration("V1__create.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        migration("V2__index.sql", "CREATE INDEX i ON t (id);\n");
        String before = sarif(1).at("/runs/0/results/0/partialFingerprints").toString();

        migration("V2__index.sql", "-- a comment\n\n\n   CREATE   INDEX i\n ON t (id);\n");
        JsonNode after = sarif(1).at("/runs/0/results/0");

        assertEquals(4, after.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(before, after.get("partialFingerprints").toString());
    }

    @Test
    void suppressedFindingsAndReadingProblemsAreCarried() throws IOException {
        migration("V1__create.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        migration("V2__index.sql", "-- migration-lint: ignore require-concurrent-index-creation -- t has 3 rows\n"
                + "CREATE INDEX i ON t (id);\n");
        migration("V3__index.sql", "CREATE INDEX j ON t (id);\n");
        migration("V4__broken.sql", "COMMENT ON TABLE t IS 'unterminated;\n");
        assertEquals(0, CliRun.in(dir, "baseline", ".", "--output", "accepted.json").exitCode());

        JsonNode run = sarif(0, "--baseline", "accepted.json").at("/runs/0");

        List<String> kinds = new ArrayList<>();
        run.get("results").forEach(r -> r.path("suppressions").forEach(s -> kinds.add(
                r.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + " " + s.get("kind").asText()
                        + " " + s.path("justification").asText())));
        assertTrue(kinds.contains("db/migration/V2__index.sql inSource t has 3 rows"), kinds.toString());
        assertTrue(kinds.contains("db/migration/V3__index.sql external accepted in the baseline accepted.json"),
                kinds.toString());
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
        JsonNode notification = run.at("/invocations/0/toolExecutionNotifications/0");
        assertTrue(notification.at("/message/text").asText().contains("unterminated"), notification.toString());
        assertEquals("db/migration/V4__broken.sql",
                notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }
}
