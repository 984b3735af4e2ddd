package dev.migrationlint.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.Notification;
import dev.migrationlint.core.ReportFormat;
import dev.migrationlint.core.Summary;
import dev.migrationlint.core.report.SarifSchema;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the golden files do not pin on their own: escaping rules, fingerprints, and the writer contract. */
class FormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private static Finding finding(String ruleId, Level level, String message, Span span, String fingerprint) {
        return new Finding(ruleId, level, message, null, "db/V1__x.sql", span, fingerprint, null);
    }

    private static LintResult result(List<Finding> findings) {
        return new LintResult(findings, ReportFixture.rules(), List.<Notification>of(),
                new Summary(1, 1, 0, 2, 2, Map.of(), 10, 0, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatHasAWriterThatLeavesTheOutputOpen(ReportFormat format) throws IOException {
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        format.writer().write(ReportFixture.full(root), ReportFixture.options(root), out);

        assertFalse(closed[0]);
        assertTrue(out.toString().endsWith("\n"));
        if (format == ReportFormat.SARIF) {
            SarifSchema.assertValid(out.toString());
        }
        assertSame(format.writer().getClass(), ReportWriter.of(format).getClass());
    }

    @Test
    void textPrintsOnlyNotificationsNoFindingReports() {
        Finding unreadable = new Finding("unreadable-file", Level.ERROR, "Cannot read the file", null, "db/V2__y.sql",
                Span.FILE, "unreadable-file:db/V2__y.sql", null);
        LintResult result = new LintResult(List.of(unreadable), List.of(), List.of(
                new Notification("db/V2__y.sql", null, Level.ERROR, "Permission denied"),
                new Notification("db/V3__z.sql", new Span(0, 6, 4, 2, 4, 8), Level.NOTE, "Not understood\nat all")),
                new Summary(1, 2, 0, 0, 0, Map.of(), 10, 0, 0, 0));

        String text = ReportFixture.render(ReportFormat.TEXT, result, ReportFixture.options(root));

        assertFalse(text.contains("Permission denied"), text);
        assertTrue(text.contains("\n\ndb/V3__z.sql:4:2: note: Not understood\n  at all\n\nChecked 2 files"), text);
    }

    @Test
    void githubEscapesMessagesAndProperties() {
        assertEquals("100%25 done%0D%0Anext: a, b", GithubAnnotations.data("100% done\r\nnext: a, b"));
        assertEquals("a%3Ab%2Cc%25d%0A", GithubAnnotations.property("a:b,c%d\n"));
    }

    @Test
    void githubLevelsAndColumnsOnlyOnOneLine() {
        assertEquals("::notice file=db/V1__x.sql,line=2,col=3,endLine=2,endColumn=9,title=require-where::m",
                GithubAnnotations.command(finding("require-where", Level.NOTE, "m", new Span(0, 6, 2, 3, 2, 9), "f")));
        assertEquals("::warning file=db/V1__x.sql,line=2,endLine=4,title=r::m",
                GithubAnnotations.command(finding("r", Level.WARNING, "m", new Span(0, 60, 2, 3, 4, 9), "f")));
        assertEquals("::error file=db/V1__x.sql,line=1,title=r::m",
                GithubAnnotations.command(finding("r", Level.ERROR, "m", Span.FILE, "f")));
    }

    @Test
    void gitlabFingerprintsAreTheMd5OfTheFindingsAndUniqueForIdenticalStatements() throws Exception {
        Span first = new Span(0, 8, 1, 1, 1, 9);
        Span second = new Span(10, 18, 2, 1, 2, 9);
        LintResult twice = result(List.of(finding("require-where", Level.NOTE, "m", first, "same"),
                finding("require-where", Level.NOTE, "m", second, "same")));

        JsonNode issues = JSON.readTree(ReportFixture.render(ReportFormat.GITLAB, twice, ReportFixture.options(root)));

        assertEquals(2, issues.size());
        assertEquals(md5("same"), issues.get(0).get("fingerprint").asText());
        assertNotEquals(issues.get(0).get("fingerprint"), issues.get(1).get("fingerprint"));
        assertEquals(2, issues.get(1).at("/location/lines/begin").asInt());
        assertEquals("info", issues.get(1).get("severity").asText());
    }

    @Test
    void jsonCarriesSuppressedFindingsMarked() throws IOException {
        LintResult result = ReportFixture.full(root);

        JsonNode json = JSON.readTree(ReportFixture.render(ReportFormat.JSON, result, ReportFixture.options(root)));

        assertEquals(result.findings().size(), json.get("findings").size());
        long suppressed = 0;
        for (JsonNode finding : json.get("findings")) {
            boolean isSuppressed = finding.get("suppressed").asBoolean();
            assertEquals(isSuppressed, !finding.get("suppression").isNull());
            suppressed += isSuppressed ? 1 : 0;
        }
        assertEquals(2, suppressed);
        assertEquals(JsonReport.FORMAT_VERSION, json.get("version").asInt());
    }

    private static String md5(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
