package dev.migrationlint.core.internal.baseline;

import dev.migrationlint.core.UsageException;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Suppression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineFileTest {

    @TempDir
    Path dir;

    private static Finding finding(String rule, String path, int line, String fingerprint) {
        return new Finding(rule, Level.ERROR, rule + " at " + line, null, path, new Span(0, 5, line, 1, line, 6),
                fingerprint, null);
    }

    @Test
    void matchesByRulePathAndFingerprintEntryForFinding() {
        Finding a1 = finding("r", "db/V1__a.sql", 3, "fa");
        Finding a2 = finding("r", "db/V1__a.sql", 9, "fa");
        Finding other = finding("q", "db/V1__a.sql", 3, "fa");
        BaselineFile baseline = BaselineFile.of(List.of(a1));

        BaselineMatch match = BaselineMatch.apply(baseline, List.of(a1, a2, other), "in the baseline", p -> true);

        assertEquals(1, match.known());
        assertEquals(0, match.stale());
        assertEquals(Suppression.Kind.EXTERNAL, match.findings().get(0).suppression().kind());
        assertEquals("in the baseline", match.findings().get(0).suppression().justification());
        assertFalse(match.findings().get(1).suppressed(), "a second identical finding needs a second entry");
        assertFalse(match.findings().get(2).suppressed(), "another rule on the same statement is new");
    }

    @Test
    void lineNumbersDoNotMatter() {
        BaselineFile baseline = BaselineFile.of(List.of(finding("r", "db/V1__a.sql", 3, "fa")));

        BaselineMatch match = BaselineMatch.apply(baseline, List.of(finding("r", "db/V1__a.sql", 40, "fa")), "b",
                p -> true);

        assertEquals(1, match.known());
        assertTrue(match.findings().get(0).suppressed());
    }

    @Test
    void staleEntriesCountOnlyForLintedPaths() {
        BaselineFile baseline = BaselineFile.of(List.of(finding("r", "db/V1__a.sql", 3, "fa"),
                finding("r", "db/V1__a.sql", 4, "fa"), finding("r", "other/V1__b.sql", 1, "fb")));

        BaselineMatch match = BaselineMatch.apply(baseline, List.of(finding("r", "db/V1__a.sql", 3, "fa")), "b",
                p -> p.startsWith("db/"));

        assertEquals(1, match.known());
        assertEquals(1, match.stale());
    }

    @Test
    void findingsAnIgnoreCommentSuppressesAreNeitherRecordedNorMatched() {
        Finding ignored = finding("r", "db/V1__a.sql", 3, "fa")
                .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "reviewed"));
        Finding accepted = finding("q", "db/V1__a.sql", 3, "fa")
                .withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "in the baseline"));

        BaselineFile baseline = BaselineFile.of(List.of(ignored, accepted));

        assertEquals(List.of("q"), baseline.findings().stream().map(BaselineFile.Entry::ruleId).toList());
        BaselineMatch match = BaselineMatch.apply(BaselineFile.of(List.of(finding("r", "db/V1__a.sql", 3, "fa"))),
                List.of(ignored), "b", p -> true);
        assertEquals(Suppression.Kind.IN_SOURCE, match.findings().get(0).suppression().kind());
        assertEquals(0, match.known());
        assertEquals(1, match.stale());
    }

    @Test
    void writesSortedJsonWithoutLineNumbersAndReadsItBack() throws IOException {
        Path file = dir.resolve("sub/.migration-lint-baseline.json");
        BaselineFile.of(List.of(finding("z", "db/V2__b.sql", 7, "f2"), finding("a", "db/V2__b.sql", 1, "f3"),
                finding("r", "db/V1__a.sql", 3, "f1"))).write(file);

        String json = Files.readString(file);
        assertEquals("""
                {
                  "version": 1,
                  "findings": [
                    {
                      "ruleId": "r",
                      "path": "db/V1__a.sql",
                      "fingerprint": "f1",
                      "message": "r at 3"
                    },
                    {
                      "ruleId": "a",
                      "path": "db/V2__b.sql",
                      "fingerprint": "f3",
                      "message": "a at 1"
                    },
                    {
                      "ruleId": "z",
                      "path": "db/V2__b.sql",
                      "fingerprint": "f2",
                      "message": "z at 7"
                    }
                  ]
                }
                """, json);
        assertFalse(json.contains("\"line"), json);
        assertEquals(3, BaselineFile.read(file).findings().size());
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside the baseline");
        }
    }

    @Test
    void aFileThatIsNoBaselineIsAUsageErrorNamingIt() throws IOException {
        Path missing = dir.resolve("missing.json");
        assertTrue(assertThrows(UsageException.class, () -> BaselineFile.read(missing)).getMessage()
                .contains("missing.json does not exist"));

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"findings\": [], \"lines\": 3}");
        assertTrue(assertThrows(UsageException.class, () -> BaselineFile.read(bad)).getMessage()
                .contains("bad.json is not a migration-lint baseline"));

        Path future = Files.writeString(dir.resolve("future.json"), "{\"version\": 2, \"findings\": []}");
        assertTrue(assertThrows(UsageException.class, () -> BaselineFile.read(future)).getMessage()
                .contains("has version 2"));

        Path incomplete = Files.writeString(dir.resolve("incomplete.json"),
                "{\"version\": 1, \"findings\": [{\"ruleId\": \"r\", \"path\": \"p\"}]}");
        assertTrue(assertThrows(UsageException.class, () -> BaselineFile.read(incomplete)).getMessage()
                .contains("needs ruleId, path and fingerprint"));
    }

    @Test
    void anEmptyBaselineMatchesNothing() {
        BaselineMatch match = BaselineMatch.apply(BaselineFile.of(List.of()),
                List.of(finding("r", "db/V1__a.sql", 3, "fa")), "b", p -> true);
        assertNull(match.findings().get(0).suppression());
        assertEquals(0, match.known() + match.stale());
    }
}
