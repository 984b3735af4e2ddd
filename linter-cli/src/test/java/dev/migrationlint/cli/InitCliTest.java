package dev.migrationlint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitCliTest {

    @TempDir
    Path dir;

    @Test
    void writesAConfigThatCheckLoadsAndRefusesToOverwriteIt() throws IOException {
        Path resources = Files.createDirectories(dir.resolve("svc/src/main/resources"));
        Files.writeString(resources.resolve("application.properties"),
                "spring.datasource.url=jdbc:postgresql://db/app\nspring.flyway.locations=classpath:db/changes\n");
        Files.createDirectories(resources.resolve("db/changes"));
        Files.writeString(resources.resolve("db/changes/V1__t.sql"), "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        Files.writeString(resources.resolve("db/changes/V2__i.sql"), "CREATE INDEX i ON t (id);\n");

        CliRun init = CliRun.in(dir, "init");

        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("dialect postgresql (database URL in svc/src/main/resources/"
                + "application.properties), layout flyway, 1 location: svc/src/main/resources/db/changes"), init.out());
        String yaml = Files.readString(dir.resolve(".migration-lint.yml"));
        assertTrue(yaml.contains("locations:\n  - 'svc/src/main/resources/db/changes'\n"), yaml);

        CliRun check = CliRun.in(dir, "check");
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.out().contains("svc/src/main/resources/db/changes/V2__i.sql:1:1"), check.out());

        Files.writeString(dir.resolve(".migration-lint.yml"), "# mine\n");
        CliRun again = CliRun.in(dir, "init");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists; it was kept (use --force to overwrite)"), again.err());
        assertEquals("# mine\n", Files.readString(dir.resolve(".migration-lint.yml")));

        assertEquals(0, CliRun.in(dir, "init", "--force").exitCode());
        assertEquals(yaml, Files.readString(dir.resolve(".migration-lint.yml")));
    }
}
