package dev.migrationlint.core;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade with rules of its own: containment of faulty rules, replay context, down files. */
class LinterTest {

    @RuleInfo(id = "flag-create-index", summary = "Flags CREATE INDEX on tables not created in the same file",
            level = Level.ERROR, category = Category.LOCKING)
    static final class FlagCreateIndex implements StatementRule {
        @Override
        public void check(StatementContext context) {
            context.statement().factAs(Fact.CreateIndex.class)
                    .filter(ci -> !context.catalog().createdIn(ci.table(), context.migration().path()))
                    .ifPresent(ci -> context.report("index on " + ci.table().display(), "help"));
        }
    }

    @RuleInfo(id = "always-throws", summary = "Fails on every statement", level = Level.ERROR,
            category = Category.META)
    static final class AlwaysThrows implements StatementRule {
        @Override
        public void check(StatementContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @TempDir
    Path dir;

    private LintResult lint() {
        Linter linter = new Linter(RuleRegistry.of(List.of(() -> List.of(new FlagCreateIndex(), new AlwaysThrows()))));
        return linter.run(LintRequest.of(dir, List.of(dir)));
    }

    private void write(String name, String sql) throws IOException {
        Path f = dir.resolve("db/migration").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, sql);
    }

    @Test
    void aFaultyRuleIsReportedAndTheOthersStillRun() throws IOException {
        write("V1__a.sql", "CREATE TABLE t (id int);\nCREATE INDEX i ON t (id);\n");
        write("V2__b.sql", "CREATE INDEX j ON t (id);\n");
        LintResult result = lint();
        assertEquals(1, result.findings().size(), result.findings().toString());
        assertEquals("db/migration/V2__b.sql", result.findings().get(0).path());
        assertEquals("index on \"t\"", result.findings().get(0).message());
        assertTrue(result.notifications().stream().anyMatch(n -> n.message().contains("always-throws failed")),
                result.notifications().toString());
        assertEquals(3, result.summary().statements());
    }

    @Test
    void downFilesAreNotReplayedNorCheckedByForwardRules() throws IOException {
        write("1_a.up.sql", "CREATE TABLE t (id int);\n");
        write("1_a.down.sql", "CREATE INDEX i ON t (id);\nDROP TABLE t;\n");
        write("2_b.up.sql", "CREATE INDEX j ON t (id);\n");
        write("2_b.down.sql", "DROP INDEX j;\n");
        LintResult result = lint();
        assertEquals(List.of("db/migration/2_b.up.sql"), result.findings().stream().map(f -> f.path()).toList());
    }
}
