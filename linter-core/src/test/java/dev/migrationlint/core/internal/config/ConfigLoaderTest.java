package dev.migrationlint.core.internal.config;

import dev.migrationlint.core.spi.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private ConfigFile load(String yaml) throws IOException {
        Path f = dir.resolve(".migration-lint.yml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f);
    }

    private String error(String yaml) {
        return assertThrows(ConfigException.class, () -> load(yaml)).getMessage();
    }

    @Test
    void readsEveryDocumentedKey() throws IOException {
        ConfigFile c = load("""
                dialect: postgresql
                targetVersion: "15"
                layout: auto
                layoutPattern: '^(?<version>\\d+)_(?<description>.+)\\.sql$'
                transactional: true
                locations: [src/main/resources/db/migration]
                defaultSchema: public
                lockTimeoutSetByRunner: false
                statementTimeoutSetByRunner: false
                requireUndo: false
                bootstrap: ["**/bootstrap/**"]
                baseline: .migration-lint-baseline.json
                golangMigrate:
                  multiStatement: false
                flyway:
                  transactionalLock: true
                  mixed: false
                  placeholders: { schema: public }
                rules:
                  require-lock-timeout: error
                  prefer-text-field: off
                overrides:
                  - paths: ["**/legacy/**"]
                    rules: { ban-drop-column: off }
                java:
                  forbiddenPackages: ["..model.."]
                  migrationBaseClasses: [com.acme.db.AbstractMigration]
                  rollbackMethods: [rollback, undo, down]
                limits: { maxStatements: 50, maxTables: 3, deletedAfterDays: 365, squashAfterDays: 730 }
                """);
        assertEquals("15", c.targetVersion());
        assertEquals(Level.OFF, c.rules().levels().get("prefer-text-field"));
        assertEquals(21, c.rules().lines().get("prefer-text-field"));
        assertEquals(Level.OFF, c.overrides().get(0).rules().levels().get("ban-drop-column"));
        assertEquals("public", c.flyway().placeholders().get("schema"));
        assertEquals(730, c.limits().squashAfterDays());
    }

    @Test
    void unknownKeyNamesFileLineAndKey() {
        String m = error("dialect: postgresql\nflyway:\n  transactionLock: false\n");
        assertTrue(m.contains(".migration-lint.yml:3: unknown key 'flyway.transactionLock'"), m);
        assertTrue(m.contains("transactionalLock"), m);
    }

    @Test
    void badLevelNamesTheRule() {
        String m = error("rules:\n  ban-drop-column: fatal\n");
        assertTrue(m.contains(":2:"), m);
        assertTrue(m.contains("ban-drop-column"), m);
    }

    @Test
    void decimalVersionMustBeQuoted() throws IOException {
        assertTrue(error("targetVersion: 10.10\n").contains("write the version as a string"));
        assertEquals("15", load("targetVersion: 15\n").targetVersion());
    }

    @Test
    void brokenYamlAndEmptyFile() throws IOException {
        assertTrue(error("dialect: \"unclosed\n").contains("not valid YAML"), error("dialect: \"unclosed\n"));
        assertEquals(ConfigFile.EMPTY, load(""));
    }

    @Test
    void findsTheNearestFileUpward() throws IOException {
        Files.writeString(dir.resolve(".migration-lint.yml"), "dialect: mysql\n");
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        assertEquals(dir.resolve(".migration-lint.yml"), ConfigLoader.find(deep).orElseThrow());
    }
}
