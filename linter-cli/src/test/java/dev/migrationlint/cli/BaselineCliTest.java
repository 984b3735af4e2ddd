package dev.migrationlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineCliTest {

    @TempDir
    Path dir;

    private void migration(String name, String sql) throws IOException {
        Path file = dir.resolve("db/migration").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }

    private void legacy() throws IOException {
        migration("V1__create.sql", "CREATE TABLE t (id bigint PRIMARY KEY, a int);\n");
        migration("V2__index.sql", "CREATE INDEX i ON t (id);\n");
    }

    @Test
    void checkWithTheBaselinePassesUntilANewHazardIsAdded() throws IOException {
        legacy();
        assertEquals(1, CliRun.in(dir, "check", ".").exitCode());

        CliRun baseline = CliRun.in(dir, "baseline", "--output", "ci/baseline.json", ".");
        assertEquals(0, baseline.exitCode(), baseline.err());
        assertTrue(baseline.out().matches("(?s).*wrote \\d+ findings? to ci/baseline\\.json; use it with 'check "
                + "--baseline ci/baseline\\.json'.*"), baseline.out());
        String json = Files.readString(dir.resolve("ci/baseline.json"));
        assertTrue(json.contains("\"path\": \"db/migration/V2__index.sql\""), json);

        CliRun clean = CliRun.in(dir, "check", ".", "--baseline", "ci/baseline.json");
        assertEquals(0, clean.exitCode(), clean.out());
        assertTrue(clean.out().matches("(?s).* (\\d+) suppressed, baseline: \\1 known, 0 stale.*"), clean.out());
        assertFalse(clean.out().contains("V2__index.sql:1:1"), clean.out());

        migration("V3__more.sql", "CREATE INDEX j ON t (a);\n");
        CliRun added = CliRun.in(dir, "check", ".", "--baseline", "ci/baseline.json");
        assertEquals(1, added.exitCode(), added.out());
        assertTrue(added.out().contains("db/migration/V3__more.sql:1:1: error[require-concurrent-index-creation]"),
                added.out());
    }

    @Test
    void theDefaultBaselineIsWrittenAndReadWithoutOptionsAndStaleEntriesAreCounted() throws IOException {
        legacy();
        Files.writeString(dir.resolve(".migration-lint.yml"), "locations: [db/migration]\nflyway: {transactionalLock: false}\n");

        CliRun baseline = CliRun.in(dir, "baseline");
        assertEquals(0, baseline.exitCode(), baseline.err());
        assertTrue(Files.exists(dir.resolve(".migration-lint-baseline.json")));
        assertEquals(0, CliRun.in(dir, "check").exitCode());

        migration("V2__index.sql", "CREATE INDEX CONCURRENTLY i ON t (id);\n");
        CliRun fixed = CliRun.in(dir, "check");
        assertEquals(0, fixed.exitCode());
        assertTrue(fixed.out().matches("(?s).*baseline: 0 known, [1-9]\\d* stale.*"), fixed.out());

        assertEquals(0, CliRun.in(dir, "baseline").exitCode());
        assertFalse(Files.readString(dir.resolve(".migration-lint-baseline.json")).contains("V2__index"),
                "rewriting the baseline drops stale entries");
    }

    @Test
    void rewritingTheBaselineKeepsWhatItAccepted() throws IOException {
        legacy();
        assertEquals(0, CliRun.in(dir, "baseline", ".").exitCode());
        String first = Files.readString(dir.resolve(".migration-lint-baseline.json"));

        assertEquals(0, CliRun.in(dir, "baseline", ".").exitCode());

        assertEquals(first, Files.readString(dir.resolve(".migration-lint-baseline.json")));
    }

    @Test
    void aMissingOrBrokenBaselineIsAUsageError() throws IOException {
        legacy();
        CliRun missing = CliRun.in(dir, "check", ".", "--baseline", "nope.json");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nope.json does not exist"), missing.err());

        Files.writeString(dir.resolve("broken.json"), "[1, 2");
        CliRun broken = CliRun.in(dir, "check", ".", "--baseline", "broken.json");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains("broken.json is not a migration-lint baseline"), broken.err());
    }
}
