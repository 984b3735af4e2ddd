package dev.migrationlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path dir;

    private Path migration(String name, String sql) throws IOException {
        Path file = dir.resolve("db/migration").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
        return file;
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.in(dir, "check", "--no-such-option");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, CliRun.in(dir).exitCode());
    }

    @Test
    void versionAndHelpExitZero() {
        CliRun version = CliRun.in(dir, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("migration-lint "), version.out());
        CliRun help = CliRun.in(dir, "check", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--fail-on"), help.out());
    }

    @Test
    void missingPathIsAUsageError() {
        CliRun run = CliRun.in(dir, "check", "no/such/folder");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file or folder: no/such/folder"), run.err());
    }

    @Test
    void treeWithoutMigrationsExitsZeroWithANote() throws IOException {
        Files.writeString(dir.resolve("README.md"), "nothing here");
        CliRun run = CliRun.in(dir, "check", ".");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("no migrations found"), run.err());
    }

    @Test
    void hazardIsReportedInTextAndFailsTheRun() throws IOException {
        migration("V1__create.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        migration("V2__index.sql", "-- index for lookups\nCREATE INDEX users_email_idx ON users (email);\n");
        CliRun run = CliRun.in(dir, "check", ".");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("db/migration/V2__index.sql:2:1: error[require-concurrent-index-creation]"),
                run.out());
        assertTrue(run.out().contains("help:"), run.out());
        assertFalse(run.out().contains("V1__create.sql:"), run.out());
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        migration("V1__index.sql", "CREATE INDEX a_idx ON a (x);\n");
        assertEquals(0, CliRun.in(dir, "check", ".", "--fail-on", "never").exitCode());
        assertEquals(1, CliRun.in(dir, "check", ".", "--fail-on", "note").exitCode());
        assertEquals(0, CliRun.in(dir, "check", ".", "--rule", "require-concurrent-index-creation=warning")
                .exitCode());
        assertEquals(2, CliRun.in(dir, "check", ".", "--fail-on", "sometimes").exitCode());
    }

    @Test
    void jsonReportIsWrittenToTheOutputFile() throws IOException {
        migration("V1__index.sql", "CREATE INDEX a_idx ON a (x);\n");
        CliRun run = CliRun.in(dir, "check", ".", "--format", "json", "--output", "out/report.json");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
        JsonNode finding = report.get("findings").get(0);
        assertEquals("require-concurrent-index-creation", finding.get("ruleId").asText());
        assertEquals("db/migration/V1__index.sql", finding.get("path").asText());
        assertEquals(1, finding.get("line").asInt());
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(1, files.count(), "no temporary file may be left beside the report");
        }
    }

    @Test
    void githubFormatIsImpliedUnderGithubActions() throws IOException {
        migration("V1__index.sql", "CREATE INDEX a_idx ON a (x);\n");
        CliRun run = CliRun.in(dir, Map.of("GITHUB_ACTIONS", "true"), "check", ".");
        assertTrue(run.out().startsWith("::error file=db/migration/V1__index.sql,line=1"), run.out());
    }

    @Test
    void unknownConfigKeyIsAUsageErrorNamingItsLine() throws IOException {
        Files.writeString(dir.resolve(".migration-lint.yml"), "dialect: postgresql\nnoSuchKey: 1\n");
        CliRun run = CliRun.in(dir, "check", ".");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(".migration-lint.yml:2:"), run.err());
        assertTrue(run.err().contains("noSuchKey"), run.err());
    }

    @Test
    void unknownRuleIdInConfigIsAUsageErrorNamingItsLine() throws IOException {
        Files.writeString(dir.resolve(".migration-lint.yml"), "rules:\n  require-concurrent-index-creation: warning\n"
                + "  no-such-rule: off\n");
        CliRun run = CliRun.in(dir, "check", ".");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(".migration-lint.yml:3: unknown rule id 'no-such-rule'"), run.err());
    }

    @Test
    void unquotedDecimalVersionIsRejected() throws IOException {
        Files.writeString(dir.resolve(".migration-lint.yml"), "dialect: mariadb\ntargetVersion: 10.10\n");
        CliRun run = CliRun.in(dir, "check", ".");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("targetVersion"), run.err());
    }

    @Test
    void versionOutsideTheRangeIsAUsageError() {
        CliRun run = CliRun.in(dir, "check", ".", "--target-version", "8.1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("PostgreSQL 9.6 to 18"), run.err());
        assertEquals(2, CliRun.in(dir, "check", ".", "--dialect", "mysql", "--target-version", "9.1").exitCode());
        assertEquals(2, CliRun.in(dir, "check", ".", "--dialect", "oracle").exitCode());
    }

    @Test
    void rulesListsOneRulePerLineIdFirst() {
        CliRun run = CliRun.in(dir, "rules");
        assertEquals(0, run.exitCode());
        String[] lines = run.out().split("\n");
        assertTrue(lines.length >= 7);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("require-concurrent-index-creation ")
                && l.contains(" error ")), run.out());
    }

    @Test
    void explainPrintsTheDocPage() {
        CliRun run = CliRun.in(dir, "explain", "require-concurrent-index-creation");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("# require-concurrent-index-creation"), run.out());
        assertTrue(run.out().contains("## Instead of"));
        assertEquals(2, CliRun.in(dir, "explain", "no-such-rule").exitCode());
    }

    @Test
    void inlineSuppressionSilencesAFindingAndAMissingReasonIsReported() throws IOException {
        migration("V1__index.sql", "-- migration-lint: ignore require-concurrent-index-creation\n"
                + "CREATE INDEX a_idx ON a (x);\n");
        CliRun run = CliRun.in(dir, "check", ".", "--fail-on", "warning");
        assertEquals(1, run.exitCode());
        assertFalse(run.out().contains("error[require-concurrent-index-creation]"), run.out());
        assertTrue(run.out().contains("V1__index.sql:1:1: warning[require-suppression-reason]"), run.out());
    }

    @Test
    void checkOfOneFileReportsOnlyThatFileWithItsHistoryAsContext() throws IOException {
        migration("V1__create.sql", "CREATE TABLE t (id int);\nCREATE INDEX t1 ON other (id);\n");
        Path second = migration("V2__index.sql", "CREATE INDEX t2 ON t (id);\n");
        CliRun run = CliRun.in(dir, "check", dir.relativize(second).toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("V2__index.sql:1:1"), run.out());
        assertFalse(run.out().contains("V1__create.sql"), run.out());
    }
}
