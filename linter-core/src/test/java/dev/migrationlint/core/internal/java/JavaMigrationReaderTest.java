package dev.migrationlint.core.internal.java;

import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.JavaSource;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Java reader finds in migration classes, and where it places their SQL in the .java file. */
class JavaMigrationReaderTest {

    private static final String PATH = "src/main/java/com/acme/db/migration/V2__Backfill.java";
    private static final JavaMigrationReader READER = new JavaMigrationReader(List.of("com.acme.AbstractMigration"),
            List.of("rollback", "undo", "down"));

    private static JavaMigrationReader.Reading read(String source) {
        return read(source, PATH);
    }

    private static JavaMigrationReader.Reading read(String source, String path) {
        return READER.read(source, path, (simple, qualified) -> List.of());
    }

    private static JavaScript script(String source) {
        return JavaScript.of(source, read(source), LexOptions.of(Dialect.POSTGRESQL));
    }

    private static List<String> sql(String source) {
        return read(source).sql().stream().map(JavaMigrationReader.SqlCall::sql).toList();
    }

    private static String migration(String body) {
        return """
                package com.acme.db.migration;

                import org.flywaydb.core.api.migration.BaseJavaMigration;
                import org.flywaydb.core.api.migration.Context;

                public class V2__Backfill extends BaseJavaMigration {
                """ + body + "}\n";
    }

    /** Line and column where the first token with this text starts. */
    private static String at(JavaScript script, String tokenText) {
        for (RawStatement s : script.statements()) {
            for (Token t : s.tokens()) {
                if (t.text().equals(tokenText)) {
                    return t.line() + ":" + t.column();
                }
            }
        }
        throw new AssertionError("no token " + tokenText);
    }

    /** Every token starts, in the Java file, at its own text (or at the escape that produced its first character). */
    static void assertTokensInPlace(String source, JavaScript script) {
        LineTable lines = new LineTable(source);
        for (RawStatement s : script.statements()) {
            for (Token t : s.tokens()) {
                char c = source.charAt((int) t.offset());
                assertTrue(c == t.text().charAt(0) || c == '\\', () -> "token " + t + " maps to '" + c + "'");
                assertEquals(lines.line((int) t.offset()), t.line());
                assertEquals(lines.column((int) t.offset()), t.column());
            }
            assertTrue(s.span().startOffset() <= s.span().endOffset());
        }
    }

    @Test
    void aStringLiteralIsOneStatementAtItsPlaceInTheJavaFile() {
        String source = migration("""
                    @Override
                    public void migrate(Context context) throws Exception {
                        try (var stmt = context.getConnection().createStatement()) {
                            stmt.execute("CREATE INDEX idx_users_email ON users (email)");
                        }
                    }
                """);
        JavaScript script = script(source);
        assertEquals(1, script.statements().size());
        RawStatement s = script.statements().get(0);
        assertEquals("CREATE INDEX idx_users_email ON users (email)", s.text());
        assertEquals(10, s.span().startLine());
        assertEquals(27, s.span().startColumn());
        assertEquals(10, s.span().endLine());
        assertEquals(27 + s.text().length(), s.span().endColumn());
        assertEquals("10:" + (27 + "CREATE INDEX idx_users_email ".length()), at(script, "ON"));
        assertTokensInPlace(source, script);
    }

    @Test
    void escapesAreDecodedAndKeepTheirSourcePositions() {
        String source = migration("""
                    public void migrate(Context context) throws Exception {
                        context.getConnection().createStatement().execute("UPDATE users SET \\"name\\" = 'a\\tb'\\nWHERE id = 1");
                    }
                """);
        JavaScript script = script(source);
        RawStatement s = script.statements().get(0);
        assertEquals("UPDATE users SET \"name\" = 'a\tb'\nWHERE id = 1", s.text());
        // The quoted identifier starts at its backslash; WHERE follows the two characters of \n.
        String line = source.lines().toList().get(7);
        assertEquals("8:" + (line.indexOf("\\\"name") + 1), at(script, "\"name\""));
        assertEquals("8:" + (line.indexOf("WHERE") + 1), at(script, "WHERE"));
        assertEquals(8, s.span().endLine());
        assertEquals(line.indexOf("\");") + 1, s.span().endColumn());
        assertTokensInPlace(source, script);
    }

    @Test
    void textBlocksLoseTheirIncidentalIndentationButNotTheirPlace() {
        String source = migration("""
                    public void migrate(Context context) throws Exception {
                        context.getConnection().createStatement().execute(\"""
                            ALTER TABLE users
                              ADD COLUMN note text \\
                            NOT NULL;
                            CREATE INDEX idx_note ON users (note)\\s
                            \""");
                    }
                """);
        JavaScript script = script(source);
        assertEquals(List.of("ALTER TABLE users\n  ADD COLUMN note text NOT NULL",
                "CREATE INDEX idx_note ON users (note) "), sql(source).stream()
                .flatMap(t -> List.of(t.split(";\n")).stream()).map(t -> t.replaceAll("\n$", "")).toList());
        assertEquals(2, script.statements().size());
        assertEquals("9:13", at(script, "ALTER"));
        assertEquals("10:15", at(script, "ADD"));
        assertEquals("11:13", at(script, "NOT"));
        assertEquals("12:13", at(script, "CREATE"));
        assertEquals(9, script.statements().get(0).span().startLine());
        assertEquals(11, script.statements().get(0).span().endLine());
        assertTokensInPlace(source, script);
    }

    @Test
    void concatenationsAndConstantsPointAtTheLiteralsTheyCameFrom() {
        String source = migration("""
                    private static final String TABLE = "users";
                    static final String ADD = "ALTER TABLE " + TABLE
                            + " ADD COLUMN email text";

                    public void migrate(Context context) throws Exception {
                        var jdbc = new org.springframework.jdbc.core.JdbcTemplate();
                        jdbc.update(ADD);
                        jdbc.update(V2__Backfill.ADD + "_2");
                    }
                """);
        JavaScript script = script(source);
        assertEquals(List.of("ALTER TABLE users ADD COLUMN email text", "ALTER TABLE users ADD COLUMN email text_2"),
                sql(source));
        List<String> lines = source.lines().toList();
        assertEquals("8:" + (lines.get(7).indexOf("ALTER") + 1), at(script, "ALTER"));
        assertEquals("7:" + (lines.get(6).indexOf("users") + 1), at(script, "users"));
        assertEquals("9:" + (lines.get(8).indexOf("ADD") + 1), at(script, "ADD"));
        assertEquals(8, script.statements().get(0).span().startLine());
        assertEquals(9, script.statements().get(0).span().endLine());
        assertTokensInPlace(source, script);
    }

    @Test
    void statementsFollowTheExecutionOrderOfMigrate() {
        String source = migration("""
                    private void second(Context context, String table) throws Exception {
                        context.getConnection().createStatement().execute("DROP TABLE " + table);
                    }

                    private void first(Context context) throws Exception {
                        String sql = "CREATE TABLE a (id int)";
                        context.getConnection().createStatement().execute(sql);
                    }

                    public void migrate(Context context) throws Exception {
                        first(context);
                        second(context, "old_a");
                        second(context, "old_b");
                        String dynamic = "x";
                        dynamic = dynamic + "y";
                        context.getConnection().createStatement().executeUpdate(dynamic);
                    }

                    public void rollback(Context context) throws Exception {
                        context.getConnection().createStatement().execute("DROP TABLE a");
                    }

                    private void unused(Context context) throws Exception {
                        context.getConnection().prepareStatement("DELETE FROM a WHERE id = ?");
                    }
                """);
        JavaMigrationReader.Reading reading = read(source);
        assertEquals(List.of("CREATE TABLE a (id int)", "DROP TABLE old_a", "DROP TABLE old_b",
                "DELETE FROM a WHERE id = ?", "DROP TABLE a"), sql(source));
        assertEquals(List.of(Direction.UP, Direction.UP, Direction.UP, Direction.UP, Direction.DOWN),
                reading.sql().stream().map(JavaMigrationReader.SqlCall::direction).toList());
        assertEquals(1, reading.unresolvedSqlArguments());
    }

    @Test
    void batchUpdateTakesEveryStringArgumentAndUpdateOnlyTheFirst() {
        String source = migration("""
                    public void migrate(Context context) throws Exception {
                        var jdbc = new org.springframework.jdbc.core.JdbcTemplate();
                        jdbc.batchUpdate("UPDATE a SET x = 1", "UPDATE b SET y = 2");
                        jdbc.update("UPDATE c SET z = ?", "not sql");
                        jdbc.execute(connection -> connection.prepareStatement("SELECT " + 1));
                    }
                """);
        assertEquals(List.of("UPDATE a SET x = 1", "UPDATE b SET y = 2", "UPDATE c SET z = ?", "SELECT 1"),
                sql(source));
    }

    @Test
    void canExecuteInTransactionReturningFalseRunsTheMigrationOutsideATransaction() {
        String source = migration("""
                    @Override
                    public boolean canExecuteInTransaction() {
                        return false;
                    }
                    public void migrate(Context context) {}
                """);
        JavaMigrationReader.Reading reading = read(source);
        assertEquals(Boolean.FALSE, reading.executeInTransaction());
        assertEquals("canExecuteInTransaction() of V2__Backfill", reading.executionSource());
        assertNull(read(source.replace("return false", "return true")).executeInTransaction());
    }

    @Test
    void recognisesMigrationClassesByTypeOrByPackageFolder() {
        String base = """
                package com.acme.setup;
                import com.acme.AbstractMigration;
                public class V3__Seed extends %s {
                    public void migrate(Object context) {}
                }
                """;
        String elsewhere = "src/main/java/com/acme/setup/V3__Seed.java";
        assertTrue(read(base.formatted("org.flywaydb.core.api.migration.BaseJavaMigration"), elsewhere).migration());
        assertTrue(read(base.formatted("AbstractMigration"), elsewhere).migration());
        assertTrue(read(base.formatted("Object implements SpringJdbcMigration"), elsewhere).migration());
        assertTrue(read(base.formatted("Object implements org.flywaydb.core.api.migration.jdbc.JdbcMigration"),
                elsewhere).migration());
        JavaMigrationReader.Reading other = read(base.formatted("com.acme.Helper"), elsewhere);
        assertFalse(other.migration());
        assertTrue(other.note().contains("java.migrationBaseClasses"), other.note());
        assertTrue(read(base.formatted("com.acme.Helper"), "src/main/java/com/acme/db/migration/V3__Seed.java")
                .migration());
        JavaMigrationReader.Reading abstractClass = read(base.formatted("BaseJavaMigration").replace("public class",
                "public abstract class"), elsewhere);
        assertFalse(abstractClass.migration());
        assertTrue(abstractClass.sql().isEmpty());
    }

    @Test
    void collectsImportsTypeReferencesAndMethods() {
        String source = """
                package com.acme.db.migration;

                import com.acme.model.User;
                import static com.acme.domain.Names.TABLE;
                import com.acme.entity.*;
                import org.flywaydb.core.api.migration.BaseJavaMigration;

                public class V2__Backfill extends BaseJavaMigration {
                    public void migrate(org.flywaydb.core.api.migration.Context context) {
                        User u = new User();
                        com.acme.service.Mailer.send(u);
                        java.util.List<com.acme.model.Order> orders = null;
                    }
                    public void rollback(Object context) {}
                }
                """;
        JavaSource java = read(source).source();
        assertNotNull(java);
        assertEquals("com.acme.db.migration.V2__Backfill", java.qualifiedName());
        assertEquals("org.flywaydb.core.api.migration.BaseJavaMigration", java.superclass());
        assertEquals(List.of("com.acme.model", "com.acme.domain", "com.acme.entity",
                        "org.flywaydb.core.api.migration"),
                java.imports().stream().map(JavaSource.Import::packageName).toList());
        assertEquals(3, java.imports().get(0).span().startLine());
        assertEquals(List.of("migrate", "rollback"), java.methods().stream().map(JavaSource.Method::name).toList());
        assertTrue(java.declaresMethod("ROLLBACK"));
        List<String> qualified = java.typeReferences().stream().filter(JavaSource.TypeReference::qualified)
                .map(r -> r.name() + "@" + r.span().startLine()).toList();
        assertEquals(List.of("org.flywaydb.core.api.migration.Context@9", "com.acme.service.Mailer@11",
                "java.util.List@12", "com.acme.model.Order@12"), qualified);
        assertTrue(java.typeReferences().stream().anyMatch(r -> r.name().equals("User")
                && r.resolved().equals("com.acme.model.User") && r.span().startLine() == 10));
    }

    @Test
    void unparseableJavaIsAProblemNotAnException() {
        JavaMigrationReader.Reading reading = read("package x;\npublic class V1__x extends BaseJavaMigration {\n"
                + "  void migrate( {\n}\n");
        assertFalse(reading.migration());
        assertEquals(1, reading.problems().size());
        assertEquals(SourceProblem.Kind.UNPARSEABLE, reading.problems().get(0).kind());
        assertTrue(reading.problems().get(0).span().startLine() >= 3, reading.problems().toString());
    }

    @Test
    void columnsCountUtf16UnitsAndTabsAsOne() {
        String source = "package db.migration;\nclass V1__x extends BaseJavaMigration {\n"
                + "\tpublic void migrate(Context c) throws Exception {\n"
                + "\t\t/* \uD83D\uDE00 */ c.getConnection().createStatement().execute(\"\u00e9\u00e9 \\u0041LTER TABLE t\");\n"
                + "\t}\n}\n";
        JavaScript script = JavaScript.of(source, read(source, "src/main/java/db/migration/V1__x.java"),
                LexOptions.of(Dialect.POSTGRESQL));
        String line = source.lines().toList().get(3);
        assertEquals("4:" + (line.indexOf("\u00e9") + 1), at(script, "\u00e9\u00e9"));
        assertEquals("4:" + (line.indexOf("\\u0041") + 1), at(script, "ALTER"));
        assertEquals("4:" + (line.indexOf("TABLE") + 1), at(script, "TABLE"));
    }

    @Test
    void javaCommentsBecomeCommentTokensForInlineDirectives() {
        String source = migration("""
                    public void migrate(Context context) throws Exception {
                        // migration-lint: ignore require-concurrent-index-creation -- tiny table
                        context.getConnection().createStatement().execute("CREATE INDEX i ON t (a) -- sql comment");
                    }
                """);
        JavaScript script = script(source);
        List<String> comments = script.comments().stream().map(Token::text).toList();
        assertEquals(List.of("// migration-lint: ignore require-concurrent-index-creation -- tiny table",
                "-- sql comment"), comments);
        assertEquals(8, script.comments().get(0).line());
        assertEquals(9, script.comments().get(1).line());
    }
}
