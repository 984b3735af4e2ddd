package dev.migrationlint.core;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.FindingsContext;
import dev.migrationlint.core.spi.FindingsRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.Suppression;
import dev.migrationlint.core.spi.SuppressionComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade's baseline (file, config key, default name, counts) and content overrides (the git index of --staged). */
class BaselineAndContentsTest {

    @RuleInfo(id = "flag-create-index", summary = "Flags CREATE INDEX on tables not created in the same file",
            level = Level.ERROR, category = Category.LOCKING)
    static final class FlagCreateIndex implements StatementRule {
        @Override
        public void check(StatementContext context) {
            context.statement().factAs(Fact.CreateIndex.class)
                    .filter(ci -> !context.catalog().createdIn(ci.table(), context.migration().path()))
                    .ifPresent(ci -> context.report("index on " + ci.table().display()
                            + (context.statement().execution().transactional() ? " in a transaction" : ""), "help"));
        }
    }

    @RuleInfo(id = "flag-unused-ignore", summary = "Flags ignore comments that suppress nothing", level = Level.NOTE,
            category = Category.META)
    static final class FlagUnusedIgnore implements FindingsRule {
        @Override
        public void check(FindingsContext context) {
            for (SuppressionComment c : context.suppressions()) {
                if (!c.unusedIds().isEmpty()) {
                    context.report(c.path(), c.span(), "unused ignore of " + c.unusedIds(), null);
                }
            }
        }
    }

    @TempDir
    Path dir;

    private final Linter linter = new Linter(RuleRegistry.of(List.of(
            () -> List.of(new FlagCreateIndex(), new FlagUnusedIgnore()))));

    private LintResult lint() {
        return linter.run(LintRequest.of(dir, List.of()));
    }

    private Path write(String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }

    private void history() throws IOException {
        write("db/migration/V1__t.sql", "CREATE TABLE t (id int, a int);\n");
        write("db/migration/V2__i.sql", "CREATE INDEX i ON t (id);\nCREATE INDEX i ON t (id);\n");
    }

    private Path recordBaseline(Path file) throws IOException {
        dev.migrationlint.core.internal.baseline.BaselineFile.of(lint().findings()).write(file);
        return file;
    }

    @Test
    void theDefaultBaselineFileIsReadWhenItExists() throws IOException {
        history();
        assertTrue(lint().failsAt(Level.ERROR));
        recordBaseline(dir.resolve(".migration-lint-baseline.json"));

        LintResult result = lint();

        assertEquals(2, result.findings().size());
        assertTrue(result.findings().stream().allMatch(f -> f.suppression().kind() == Suppression.Kind.EXTERNAL));
        assertEquals("accepted in the baseline .migration-lint-baseline.json",
                result.findings().get(0).suppression().justification());
        assertEquals(2, result.summary().knownBaseline());
        assertEquals(0, result.summary().staleBaseline());
        assertTrue(!result.failsAt(Level.ERROR));
    }

    @Test
    void baselineSurvivesLineShiftsAndCatchesANewCopyAndCountsFixedOnesStale() throws IOException {
        history();
        recordBaseline(dir.resolve(".migration-lint-baseline.json"));

        write("db/migration/V2__i.sql", "-- moved down\n\nCREATE INDEX i ON t (id);\n");
        LintResult fixedOne = lint();
        assertEquals(1, fixedOne.summary().knownBaseline());
        assertEquals(1, fixedOne.summary().staleBaseline());
        assertTrue(!fixedOne.failsAt(Level.ERROR));

        write("db/migration/V2__i.sql", "CREATE INDEX i ON t (id);\nCREATE INDEX i ON t (id);\n"
                + "CREATE INDEX i ON t (id);\n");
        LintResult oneMore = lint();
        assertEquals(2, oneMore.summary().knownBaseline());
        assertEquals(List.of(3), oneMore.active().stream().map(f -> f.span().startLine()).toList());

        write("db/migration/V3__j.sql", "CREATE INDEX j ON t (a);\n");
        assertEquals(2, lint().active().size());
    }

    @Test
    void theConfigNamesTheBaselineRelativeToItself() throws IOException {
        history();
        write("config/.migration-lint.yml", "baseline: ../accepted.json\nlocations: [../db/migration]\n");
        LintRequest request = new LintRequest(List.of(), dir, Path.of("config/.migration-lint.yml"), null, null, null,
                Map.of(), List.of());
        assertEquals(dir.resolve("accepted.json"), Linter.baselineFile(dir, Path.of("config/.migration-lint.yml")));
        assertEquals(2, linter.run(request).active().size(), "a configured baseline that does not exist is no error");

        recordBaseline(dir.resolve("accepted.json"));

        assertEquals(0, linter.run(request).active().size());
    }

    @Test
    void anExplicitBaselineMustExist() throws IOException {
        history();
        LintRequest request = LintRequest.of(dir, List.of()).withBaseline(Path.of("nope.json"));
        UsageException e = assertThrows(UsageException.class, () -> linter.run(request));
        assertTrue(e.getMessage().contains("nope.json does not exist"), e.getMessage());
    }

    @Test
    void lintingOneFileDoesNotCallTheOtherFilesEntriesStale() throws IOException {
        history();
        write("db/migration/V3__j.sql", "CREATE INDEX j ON t (a);\n");
        Path baseline = recordBaseline(dir.resolve("b.json"));

        LintResult result = linter.run(LintRequest.of(dir, List.of(Path.of("db/migration/V3__j.sql")))
                .withBaseline(baseline));

        assertEquals(1, result.summary().knownBaseline());
        assertEquals(0, result.summary().staleBaseline());
    }

    @Test
    void contentOverridesReplaceTheDiskAndFocusNarrowsTheReport() throws IOException {
        history();
        Path v3 = write("db/migration/V3__j.sql", "SELECT 1;\n");
        ContentOverrides index = ContentOverrides.of(
                Map.of(v3, "CREATE INDEX j ON t (a);\n".getBytes(StandardCharsets.UTF_8)), Set.of());

        LintResult result = linter.run(LintRequest.of(dir, List.of())
                .withContents(index, Set.of("db/migration/V3__j.sql")));

        assertEquals(List.of("db/migration/V3__j.sql:1"), result.findings().stream()
                .map(f -> f.path() + ":" + f.span().startLine()).toList());
        assertEquals(3, result.summary().files(), "the rest of the history is read as context");

        LintResult all = linter.run(LintRequest.of(dir, List.of()).withContents(index, null));
        assertEquals(3, all.findings().size());
    }

    @Test
    void anEmptyFocusReportsNothing() throws IOException {
        history();
        LintResult result = linter.run(LintRequest.of(dir, List.of()).withContents(ContentOverrides.NONE, Set.of()));
        assertEquals(List.of(), result.findings());
    }

    @Test
    void flywayScriptConfigComesFromTheOverridesToo() throws IOException {
        write("db/migration/V1__t.sql", "CREATE TABLE t (id int);\n");
        Path script = write("db/migration/V2__i.sql", "CREATE INDEX i ON t (id);\n");
        Path conf = write("db/migration/V2__i.sql.conf", "executeInTransaction=false\n");
        assertEquals("index on \"t\"", lint().findings().get(0).message());

        LintResult indexWithout = linter.run(LintRequest.of(dir, List.of())
                .withContents(ContentOverrides.of(Map.of(), Set.of(conf)), null));
        assertEquals("index on \"t\" in a transaction", indexWithout.findings().get(0).message());

        Files.delete(conf);
        LintResult indexWith = linter.run(LintRequest.of(dir, List.of()).withContents(ContentOverrides.of(
                Map.of(conf, "executeInTransaction=false\n".getBytes(StandardCharsets.UTF_8)), Set.of()), null));
        assertEquals("index on \"t\"", indexWith.findings().get(0).message());
        assertTrue(Files.exists(script));
    }

    @Test
    void findingsOnIgnoreCommentsHaveFingerprintsWithoutLineNumbers() throws IOException {
        write("db/migration/V1__t.sql", "-- migration-lint: ignore flag-create-index -- small table\n"
                + "CREATE TABLE t (id int);\n");
        Finding before = lint().findings().get(0);

        write("db/migration/V1__t.sql", "\n\n-- migration-lint: ignore flag-create-index -- small table\n"
                + "CREATE TABLE t (id int);\n");
        Finding after = lint().findings().get(0);

        assertEquals("flag-unused-ignore", after.ruleId());
        assertEquals(3, after.span().startLine());
        assertEquals(before.fingerprint(), after.fingerprint());
    }
}
