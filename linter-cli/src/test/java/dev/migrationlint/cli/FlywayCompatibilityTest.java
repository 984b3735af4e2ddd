package dev.migrationlint.cli;

import dev.migrationlint.core.internal.history.Checksums;
import dev.migrationlint.core.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real Flyway applies scripts with LF, CRLF and CR line endings, a byte order mark, blank lines, no final newline and
 * non-ASCII text, to H2 and to the machine's PostgreSQL; the checksum the linter computes must equal the one Flyway
 * stored, and an edit after that must be reported as {@code edited-applied-migration} through {@code --jdbc-url}.
 */
class FlywayCompatibilityTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path location() {
        return dir.resolve("db/migration");
    }

    private void write(String name, byte[] content) throws IOException {
        Files.createDirectories(location());
        Files.write(location().resolve(name), content);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] body = utf8(text);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /** Scripts every database here runs, in each of the shapes Flyway's checksum must be insensitive or sensitive to. */
    private void writeScripts() throws IOException {
        write("V1__lf.sql", utf8("CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\n"));
        write("V2__crlf.sql", utf8("-- two statements, Windows line endings\r\n"
                + "CREATE TABLE orders (id int PRIMARY KEY);\r\n\r\nCREATE TABLE items (id int PRIMARY KEY);\r\n"));
        write("V3__bom_and_non_ascii.sql", withBom("-- Grüße, 日本語, emoji 🎉\n"
                + "COMMENT ON TABLE users IS 'café — naïve 日本 🎉';\n"));
        write("V4__cr_only_no_final_newline.sql", utf8("-- old Mac line endings\rCREATE TABLE cr (id int);\r\r"
                + "COMMENT ON TABLE cr IS 'ünïcödé'"));
        write("V5__blank_lines_and_tabs.sql", utf8("\n\n\tCREATE TABLE tabs (\n\t\tid int\n\t);  \n\n\n"));
        write("R__view.sql", utf8("CREATE OR REPLACE VIEW user_names AS SELECT name FROM users;\n"));
    }

    private static Map<String, Integer> storedChecksums(String url) throws SQLException {
        Map<String, Integer> stored = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"script\", \"checksum\" FROM \"flyway_schema_history\""
                     + " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getInt(2));
            }
        }
        return stored;
    }

    private void proveAgainst(String url, String schema) throws Exception {
        writeScripts();
        var configuration = Flyway.configure().dataSource(url, null, null)
                .locations("filesystem:" + location()).cleanDisabled(true);
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        configuration.load().migrate();

        Map<String, Integer> stored = storedChecksums(url);
        assertEquals(6, stored.size(), stored.toString());
        for (Map.Entry<String, Integer> e : stored.entrySet()) {
            byte[] bytes = Files.readAllBytes(location().resolve(e.getKey()));
            assertEquals(e.getValue(), Checksums.flyway(bytes), "checksum of " + e.getKey());
        }

        CliRun clean = CliRun.in(dir, "check", "--jdbc-url", url, "--format", "json", "--fail-on", "never");
        assertEquals(0, clean.exitCode(), clean.err());
        assertFalse(clean.out().contains("edited-applied-migration\""), clean.out());
        assertFalse(clean.out().contains("deleted-applied-migration\""), clean.out());

        // A line-ending conversion is not an edit to Flyway, nor to the linter.
        write("V1__lf.sql", utf8("CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\r\n"));
        CliRun converted = CliRun.in(dir, "check", "--jdbc-url", url, "--format", "json", "--fail-on", "never");
        assertFalse(converted.out().contains("edited-applied-migration\""), converted.out());

        write("V3__bom_and_non_ascii.sql", withBom("-- Grüße, 日本語, emoji 🎉\n"
                + "COMMENT ON TABLE users IS 'café — naive 日本 🎉';\n"));
        write("R__view.sql", utf8("CREATE OR REPLACE VIEW user_names AS SELECT id, name FROM users;\n"));
        CliRun edited = CliRun.in(dir, "check", "--jdbc-url", url, "--rule", "edited-applied-migration=error");
        assertEquals(1, edited.exitCode(), edited.out() + edited.err());
        assertTrue(edited.out().contains("db/migration/V3__bom_and_non_ascii.sql:1:1: error[edited-applied-migration]"
                + " V3__bom_and_non_ascii.sql (version 3) was edited after it was applied"), edited.out());
        assertTrue(edited.out().contains("flyway_schema_history records " + stored.get("V3__bom_and_non_ascii.sql")),
                edited.out());
        assertFalse(edited.out().contains("R__view.sql:1:1: error[edited-applied-migration]"),
                "repeatable migrations are meant to change: " + edited.out());

        Files.delete(location().resolve("V5__blank_lines_and_tabs.sql"));
        CliRun deleted = CliRun.in(dir, "check", "--jdbc-url", url);
        assertTrue(deleted.out().contains("db/migration/V5__blank_lines_and_tabs.sql:1:1:"
                + " warning[deleted-applied-migration]"), deleted.out());
    }

    @Test
    void checksumsMatchFlywayOnH2() throws Exception {
        proveAgainst("jdbc:h2:mem:" + TestDatabases.scratchName("flyway") + ";DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void checksumsMatchFlywayOnPostgres() throws Exception {
        String schema = TestDatabases.scratchName("flyway");
        try (Connection admin = TestDatabases.postgres()) {
            TestDatabases.execute(admin, "CREATE SCHEMA " + schema);
            try {
                String url = TestDatabases.postgresUrl() + (TestDatabases.postgresUrl().contains("?") ? "&" : "?")
                        + "currentSchema=" + schema;
                proveAgainst(url, schema);
            } finally {
                TestDatabases.execute(admin, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void unreachableDatabaseIsAUsageErrorNamingTheTable() throws IOException {
        write("V1__a.sql", utf8("CREATE TABLE a (id int);\n"));
        CliRun run = CliRun.in(dir, "check", "--jdbc-url", "jdbc:h2:mem:" + TestDatabases.scratchName("empty"));
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("cannot read flyway_schema_history at jdbc:h2:mem:"), run.err());
    }
}
