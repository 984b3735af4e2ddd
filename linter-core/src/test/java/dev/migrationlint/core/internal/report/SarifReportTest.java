package dev.migrationlint.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportFormat;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.Summary;
import dev.migrationlint.core.report.SarifSchema;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What GitHub code scanning relies on, checked member by member beyond the schema. */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private JsonNode sarif(LintResult result, ReportOptions options) throws IOException {
        String sarif = ReportFixture.render(ReportFormat.SARIF, result, options);
        SarifSchema.assertValid(sarif);
        return JSON.readTree(sarif);
    }

    @Test
    void resultsReferenceSortedRulesAndLocateEveryFinding() throws IOException {
        LintResult result = ReportFixture.full(root);
        JsonNode run = sarif(result, ReportFixture.options(root)).at("/runs/0");

        JsonNode rules = run.at("/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asText()));
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(result.enabledRules().size(), ids.size());

        JsonNode results = run.get("results");
        assertEquals(result.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Finding f = result.findings().get(i);
            assertEquals(f.ruleId(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            assertEquals(f.level().id(), r.get("level").asText());
            assertTrue(r.at("/message/text").asText().startsWith(f.message()));
            JsonNode location = r.at("/locations/0/physicalLocation");
            assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
            assertEquals(f.span().startLine(), location.at("/region/startLine").asInt());
            assertEquals(f.fingerprint(), r.at("/partialFingerprints/migrationLint~1v1").asText());
            assertEquals(f.suppressed(), r.has("suppressions"));
        }
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        assertEquals(SarifReport.rootUri(ReportFixture.options(root)),
                run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
    }

    @Test
    void columnsAreUtf16CodeUnits() throws IOException {
        LintResult result = ReportFixture.full(root);
        JsonNode results = sarif(result, ReportFixture.options(root)).at("/runs/0/results");

        JsonNode dropIndex = Stream.iterate(0, i -> i + 1).limit(results.size()).map(results::get)
                .filter(r -> r.get("ruleId").asText().equals("require-concurrent-index-deletion"))
                .findFirst().orElseThrow();
        String line = ReportFixture.CREATE_TEXT.split("\n")[1];
        int column = line.indexOf(ReportFixture.DROP_INDEX) + 1;
        JsonNode region = dropIndex.at("/locations/0/physicalLocation/region");
        assertEquals(column, region.get("startColumn").asInt());
        assertEquals(column + ReportFixture.DROP_INDEX.length(), region.get("endColumn").asInt());
    }

    @Test
    void fileLevelFindingPointsAtLineOne() throws IOException {
        JsonNode results = sarif(ReportFixture.full(root), ReportFixture.options(root)).at("/runs/0/results");

        JsonNode misnamed = results.get(results.size() - 1);
        assertEquals("invalid-migration-name", misnamed.get("ruleId").asText());
        assertEquals(JSON.readTree("{\"startLine\":1}"), misnamed.at("/locations/0/physicalLocation/region"));
        assertEquals("db/migration/notes%2C%20V4%20%231%20%28%C3%BC%29.sql",
                misnamed.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void findingOfARuleThatIsNotEnabledHasNoRuleIndex() throws IOException {
        Finding stray = new Finding("syntax-error", Level.ERROR, "Unterminated string", null, "db/V1__x.sql",
                new Span(0, 3, 1, 1, 1, 4), "syntax-error:db/V1__x.sql:1", null);
        LintResult result = new LintResult(List.of(stray), ReportFixture.rules(), List.of(),
                new Summary(1, 1, 0, 1, 0, Map.of(), 5, 0, 0, 0));

        JsonNode r = sarif(result, ReportFixture.options(root)).at("/runs/0/results/0");

        assertEquals("syntax-error", r.get("ruleId").asText());
        assertFalse(r.has("ruleIndex"));
    }

    @Test
    void rootWithSpacesAndAccentsIsAnEncodedFileUriEndingInSlash() throws IOException {
        Path odd = Files.createDirectories(root.resolve("my repo \u00e9"));

        String uri = SarifReport.rootUri(ReportFixture.options(odd));

        assertTrue(uri.startsWith("file:/") && uri.endsWith("/my%20repo%20%C3%A9/"), uri);
        sarif(ReportFixture.clean(), ReportFixture.options(odd));
    }

    @Test
    void relativeUrisArePercentEncoded() {
        assertEquals("db/migration/V1__init.sql", SarifReport.relativeUri("db/migration/V1__init.sql"));
        assertEquals("a%25b/c%3Ad/%F0%9F%98%80~x", SarifReport.relativeUri("a%b/c:d/" + ReportFixture.GRIN + "~x"));
    }

    @Test
    void ruleNamesArePascalCase() {
        assertEquals("BanSetNotNull", SarifReport.pascalCase("ban-set-not-null"));
        assertEquals("Require2pc", SarifReport.pascalCase("require-2pc"));
    }

    @Test
    void fullDescriptionIsTheProblemSection() {
        assertEquals("It locks.\n\nFor long.", SarifReport.problemSection(
                "# rule\n\nsummary\n\n## Problem\n\nIt locks.\n\nFor long.\n\n## Instead of\n\nx\n"));
        assertEquals("It locks.", SarifReport.problemSection("### Problem\r\nIt locks.\r\n"));
        assertNull(SarifReport.problemSection("# rule\n\n## Use\n\nx\n"));
        assertNull(SarifReport.problemSection("## Problem\n\n## Use\n"));
    }
}
