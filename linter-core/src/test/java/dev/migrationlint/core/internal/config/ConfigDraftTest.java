package dev.migrationlint.core.internal.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code init}'s draft: what it detects, and that the file it writes loads, commented examples included. */
class ConfigDraftTest {

    /** A commented-out key, such as {@code # targetVersion: "15"} or {@code #   mixed: false}. */
    private static final Pattern COMMENTED_KEY = Pattern.compile("(?m)^# ( *[A-Za-z][A-Za-z-]*:)");

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** Loads the draft as written, and with every commented-out key switched on: both must be valid configuration. */
    private ConfigFile loads(ConfigDraft draft) throws IOException {
        Path file = dir.resolve(ConfigLoader.FILE_NAME);
        Files.writeString(file, COMMENTED_KEY.matcher(draft.yaml()).replaceAll("$1"));
        ConfigLoader.load(file);
        Files.writeString(file, draft.yaml());
        return ConfigLoader.load(file);
    }

    @Test
    void springFlywayProject() throws IOException {
        write("src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: jdbc:mysql://localhost:3306/orders
                  flyway:
                    locations: classpath:db/migration
                    mixed: true
                """);
        write("src/main/resources/db/migration/V1__init.sql", "CREATE TABLE t (id int);\n");
        write("src/main/resources/db/migration/V2__more.sql", "ALTER TABLE t ADD COLUMN a int;\n");

        ConfigDraft draft = ConfigDraft.detect(dir);
        ConfigFile config = loads(draft);

        assertEquals("mysql", config.dialect());
        assertEquals("flyway", config.layout());
        assertEquals(List.of("src/main/resources/db/migration"), config.locations());
        assertNull(config.flyway(), "the tool's own settings are read from there, not copied");
        assertTrue(draft.yaml().contains("Detected: database URL in src/main/resources/application.yml."),
                draft.yaml());
        assertTrue(draft.yaml().contains("#   mixed: true\n"), draft.yaml());
    }

    @Test
    void dialectFoldersAreLeftToDecidePerLocation() throws IOException {
        write("db/postgresql/V1__init.sql", "CREATE TABLE t (id int);\n");
        write("db/mysql/V1__init.sql", "CREATE TABLE t (id int);\n");

        ConfigDraft draft = ConfigDraft.detect(dir);
        ConfigFile config = loads(draft);

        assertNull(config.dialect(), draft.yaml());
        assertEquals(List.of("db/mysql", "db/postgresql"), config.locations().stream().sorted().toList());
    }

    @Test
    void oneDialectFolderNamesTheDialect() throws IOException {
        write("db/mariadb/V1__init.sql", "CREATE TABLE t (id int);\n");

        assertEquals("mariadb", loads(ConfigDraft.detect(dir)).dialect());
    }

    @Test
    void golangMigrateWithADatabaseUrlInDotEnv() throws IOException {
        write("migrations/1_init.up.sql", "CREATE TABLE t (id int);\n");
        write("migrations/1_init.down.sql", "DROP TABLE t;\n");
        write("migrations/2_more.up.sql", "ALTER TABLE t ADD COLUMN a int;\n");
        write("migrations/2_more.down.sql", "ALTER TABLE t DROP COLUMN a;\n");
        write(".env", "DATABASE_URL=postgres://app@localhost/app?sslmode=disable\n");
        write("target/application.properties", "url=jdbc:h2:mem:x\n");

        ConfigDraft draft = ConfigDraft.detect(dir);
        ConfigFile config = loads(draft);

        assertEquals("postgresql", config.dialect());
        assertEquals("database URL in .env", draft.dialectSource());
        assertEquals("golang-migrate", config.layout());
        assertEquals(List.of("migrations"), config.locations());
    }

    @Test
    void emptyProjectGetsTheDefaultsAndLoads() throws IOException {
        write("README.md", "nothing\n");

        ConfigDraft draft = ConfigDraft.detect(dir);
        ConfigFile config = loads(draft);

        assertEquals("postgresql", config.dialect());
        assertEquals("auto", config.layout());
        assertNull(config.locations());
        assertTrue(draft.yaml().contains("# locations: [db/migration]"), draft.yaml());
    }

    @Test
    void flywayConfSettingsAreShownCommentedWithTheirSource() throws IOException {
        write("flyway.conf", "flyway.postgresql.transactional.lock=false\nflyway.placeholders.schema=app's\n");
        write("db/migration/V1__init.sql", "CREATE TABLE t (id int);\n");
        write("db/migration/odd 'name'/V2__x.sql", "SELECT 1;\n");

        ConfigDraft draft = ConfigDraft.detect(dir);
        loads(draft);

        assertTrue(draft.yaml().contains("Found in flyway.conf (read from there on every run)"), draft.yaml());
        assertTrue(draft.yaml().contains("#   transactionalLock: false\n"), draft.yaml());
        assertTrue(draft.yaml().contains("#   placeholders: { schema: 'app''s' }\n"), draft.yaml());
    }
}
