package dev.migrationlint.core;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.JavaSource;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;
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

/** Java migrations through the whole pipeline: SQL of their calls is linted in place, in one history with SQL files. */
class JavaMigrationLintTest {

    @RuleInfo(id = "flag-create-index", summary = "Flags CREATE INDEX on existing tables", level = Level.ERROR,
            category = Category.LOCKING)
    static final class FlagCreateIndex implements StatementRule {
        @Override
        public void check(StatementContext context) {
            context.statement().factAs(Fact.CreateIndex.class)
                    .filter(ci -> context.catalog().table(ci.table()).isPresent()
                            && !context.catalog().createdIn(ci.table(), context.migration().path()))
                    .ifPresent(ci -> context.report("index on " + ci.table().display() + " ("
                            + context.statement().execution().reason() + ")", "help"));
        }
    }

    @RuleInfo(id = "show-java", summary = "Shows what the Java source says", level = Level.NOTE,
            category = Category.META)
    static final class ShowJava implements MigrationRule, HistoryRule {
        @Override
        public void check(MigrationContext context) {
            context.javaSource().ifPresent(java -> {
                for (JavaSource.Import i : java.imports()) {
                    if (i.packageName().contains("model")) {
                        context.report(i.span(), "imports " + i.name(), "help");
                    }
                }
                context.report(java.classSpan(), "tests: " + java.testReferences() + " statements: "
                        + context.statements().size(), "help");
            });
        }

        @Override
        public void check(HistoryContext context) {
            for (Migration m : context.migrations()) {
                context.javaSource(m).ifPresent(java -> context.report(m, Span.FILE,
                        "history sees " + java.className(), "help"));
            }
        }
    }

    @TempDir
    Path dir;

    private LintResult lint() {
        Linter linter = new Linter(RuleRegistry.of(List.of(() -> List.of(new FlagCreateIndex(), new ShowJava()))));
        return linter.run(LintRequest.of(dir, List.of(dir)));
    }

    private void write(String relative, String text) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private static List<String> where(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId) && !f.suppressed())
                .map(f -> f.path().substring(f.path().lastIndexOf('/') + 1) + ":" + f.span().startLine() + ":"
                        + f.span().startColumn() + " " + f.message()).toList();
    }

    private static final String JAVA = "app/src/main/java/com/acme/db/migration/";
    private static final String SQL = "app/src/main/resources/db/migration/";

    @Test
    void sqlInAJavaMigrationIsLintedAtItsLinesInOneHistoryWithTheSqlFiles() throws IOException {
        write(SQL + "V1__create_users.sql", "CREATE TABLE users (id int, email text);\n");
        write(JAVA + "V2__Index_email.java", """
                package com.acme.db.migration;

                import com.acme.model.User;
                import org.flywaydb.core.api.migration.BaseJavaMigration;
                import org.flywaydb.core.api.migration.Context;

                public class V2__Index_email extends BaseJavaMigration {
                    private static final String INDEX =
                            "CREATE INDEX users_email ON users (email)";

                    @Override
                    public void migrate(Context context) throws Exception {
                        try (var s = context.getConnection().createStatement()) {
                            s.execute("CREATE TABLE audit (id int)");
                            s.execute(INDEX);
                            // migration-lint: ignore flag-create-index -- checked by hand
                            s.execute("CREATE INDEX audit_id ON audit (id); CREATE INDEX users_id ON users (id)");
                        }
                    }
                }
                """);
        write(SQL + "V3__index_audit.sql", "CREATE INDEX audit_id2 ON audit (id);\n");
        write("app/src/test/java/com/acme/MigrationsTest.java",
                "class MigrationsTest { Object m = new com.acme.db.migration.V2__Index_email(); }\n");
        write("app/src/test/java/com/acme/OtherTest.java", "class OtherTest { }\n");
        LintResult result = lint();
        String reason = "Flyway runs a Java migration in one transaction (canExecuteInTransaction() is true)";
        assertEquals(List.of("V2__Index_email.java:9:14 index on \"users\" (" + reason + ")",
                        "V3__index_audit.sql:1:1 index on \"audit\" (Flyway runs each script in one transaction)"),
                where(result, "flag-create-index"));
        assertEquals(1, result.findings().stream().filter(Finding::suppressed).count());
        assertEquals(List.of("V2__Index_email.java:1:1 history sees V2__Index_email",
                        "V2__Index_email.java:3:1 imports com.acme.model.User",
                        "V2__Index_email.java:7:14 tests: [app/src/test/java/com/acme/MigrationsTest.java] statements: 4"),
                where(result, "show-java"));
        assertEquals(6, result.summary().statements());
    }

    @Test
    void canExecuteInTransactionFalseRunsTheSqlOutsideATransaction() throws IOException {
        write(SQL + "V1__create_users.sql", "CREATE TABLE users (id int, email text);\n");
        write(JAVA + "V2__Index_email.java", """
                package com.acme.db.migration;
                public class V2__Index_email extends org.flywaydb.core.api.migration.BaseJavaMigration {
                    public boolean canExecuteInTransaction() {
                        return false;
                    }
                    public void migrate(org.flywaydb.core.api.migration.Context context) throws Exception {
                        context.getConnection().createStatement().execute(\"""
                            CREATE INDEX users_email ON users (email)
                            \""");
                    }
                    public void rollback(org.flywaydb.core.api.migration.Context context) throws Exception {
                        context.getConnection().createStatement().execute("CREATE INDEX back ON users (id)");
                    }
                }
                """);
        LintResult result = lint();
        assertEquals(List.of("V2__Index_email.java:8:13 index on \"users\" (canExecuteInTransaction() of V2__Index_email"
                + " returns false: Flyway runs the migration outside a transaction)"), where(result, "flag-create-index"));
    }

    @Test
    void aJavaFileThatIsNoMigrationClassGetsANoteAndNoStatements() throws IOException {
        write("db/migration/V1__init.sql", "CREATE TABLE users (id int);\n");
        write("src/main/java/com/acme/setup/V2__Seed.java",
                "package com.acme.setup;\npublic abstract class V2__Seed extends BaseJavaMigration {\n"
                        + "  void migrate(Object c) { c.execute(\"CREATE INDEX i ON users (id)\"); }\n}\n");
        write("src/main/java/com/acme/setup/flyway.conf", "flyway.locations=classpath:com/acme/setup\n");
        LintResult result = lint();
        assertTrue(where(result, "flag-create-index").isEmpty());
        assertTrue(result.notifications().stream().noneMatch(n -> n.message().contains("failed")),
                result.notifications().toString());
    }
}
