package dev.migrationlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code check --dialect mariadb|mysql --target-version V} on online and blocking ALTERs. */
class MysqlOnlineDdlCliTest {

    @TempDir
    Path dir;

    private void migration(String name, String sql) throws IOException {
        Path file = dir.resolve("db/migration").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }

    /** "path:line rule-id" of every finding at warning or error, in report order; the run must succeed. */
    private List<String> warningsAndErrors(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("check", ".", "--format", "json", "--output", "report.json",
                "--fail-on", "never"));
        command.addAll(List.of(args));
        CliRun run = CliRun.in(dir, command.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        List<String> found = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            String level = f.get("level").asText();
            if (level.equals("warning") || level.equals("error")) {
                found.add(f.get("path").asText() + ":" + f.get("line").asInt() + " " + f.get("ruleId").asText());
            }
        }
        return found;
    }

    @Test
    void mariadbFlagsBlockingAltersAndOnlyThem() throws IOException {
        migration("V1__blocking.sql", """
                ALTER TABLE t MODIFY COLUMN a BIGINT;
                ALTER TABLE t ADD FULLTEXT INDEX t_body (body);
                """);
        migration("V2__online.sql", """
                ALTER TABLE t ADD COLUMN f INT NULL;
                ALTER TABLE t ADD INDEX i (b);
                """);
        List<String> found = warningsAndErrors("--dialect", "mariadb", "--target-version", "10.11");
        // require-lock-timeout asks for lock_wait_timeout before every ALTER of an existing table; it is not this test's.
        found.removeIf(f -> f.endsWith(" require-lock-timeout"));
        assertEquals(List.of("db/migration/V1__blocking.sql:1 mysql-ban-blocking-alter",
                "db/migration/V1__blocking.sql:2 mysql-ban-blocking-alter"), found);
    }

    @Test
    void theFlavourAndVersionDecide() throws IOException {
        migration("V1__create.sql", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY, name VARCHAR(20), age INT);\n");
        migration("V2__alter.sql", """
                ALTER TABLE users MODIFY name VARCHAR(100);
                ALTER TABLE users DROP COLUMN age, ALGORITHM=INSTANT;
                """);
        // Only the online-DDL verdicts: dropping a column is also ban-drop-column's (old code may still read it).
        List<String> mariadb = warningsAndErrors("--dialect", "mariadb", "--target-version", "10.11");
        mariadb.removeIf(f -> !f.contains(" mysql-"));
        assertEquals(List.of(), mariadb, "MariaDB widens a utf8mb4 VARCHAR(20) to VARCHAR(100) instantly");
        List<String> mysql = warningsAndErrors("--dialect", "mysql", "--target-version", "8.0");
        mysql.removeIf(f -> !f.contains(" mysql-"));
        assertEquals(List.of("db/migration/V2__alter.sql:1 mysql-ban-blocking-alter"), mysql,
                "MySQL copies the table: the column needs a second length byte");
    }

    @Test
    void aPatchReleaseIsAValidMysqlTargetVersion() throws IOException {
        migration("V1__create.sql", "CREATE TABLE users (id INT NOT NULL PRIMARY KEY);\n");
        warningsAndErrors("--dialect", "mysql", "--target-version", "8.0.28");
        assertEquals(2, CliRun.in(dir, "check", ".", "--dialect", "mysql", "--target-version", "8.0.x").exitCode());
        assertEquals(2, CliRun.in(dir, "check", ".", "--target-version", "15.0.1").exitCode(),
                "PostgreSQL versions have no patch release");
    }
}
