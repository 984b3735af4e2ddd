package dev.migrationlint.core.internal.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.migrationlint.core.internal.discovery.Trees.discover;
import static dev.migrationlint.core.internal.discovery.Trees.files;
import static dev.migrationlint.core.internal.discovery.Trees.location;
import static dev.migrationlint.core.internal.discovery.Trees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migration tool's own configuration, as found for each location. */
class ToolSettingsTest {

    @TempDir
    Path root;

    private ToolSettings settingsOf(String location) {
        return location(discover(root, "."), location).toolSettings();
    }

    @Test
    void noConfigurationMeansNothingSet() {
        files(root, "sql/V1__a.sql");
        assertSame(ToolSettings.NONE, settingsOf("sql"));
    }

    @Test
    void readsFlywayConf() {
        files(root, "sql/V1__a.sql");
        write(root, "flyway.conf", """
                flyway.url=jdbc:postgresql://localhost/app
                flyway.mixed=true
                flyway.postgresql.transactional.lock=false
                flyway.placeholders.schema=app
                flyway.locations=filesystem:sql,classpath:db/migration
                flyway.someFutureKey=ignored
                """);
        ToolSettings settings = settingsOf("sql");
        assertEquals(Boolean.TRUE, settings.mixed());
        assertEquals(Boolean.FALSE, settings.transactionalLock());
        assertEquals(Map.of("schema", "app"), settings.placeholders());
        assertEquals(List.of("filesystem:sql", "classpath:db/migration"), settings.locations());
        assertEquals("flyway.conf", settings.source());
    }

    @Test
    void readsFlywayToml() {
        files(root, "sql/V1__a.sql");
        write(root, "flyway.toml", """
                [environments.default]
                url = "jdbc:postgresql://localhost/app"

                [flyway]
                mixed = true
                locations = ["filesystem:sql"]

                [flyway.placeholders]
                schema = "app"
                "tenant.name" = "acme"

                [flyway.postgresql]
                transactional.lock = false
                """);
        ToolSettings settings = settingsOf("sql");
        assertEquals(Boolean.TRUE, settings.mixed());
        assertEquals(Boolean.FALSE, settings.transactionalLock());
        assertEquals(Map.of("schema", "app", "tenant.name", "acme"), settings.placeholders());
        assertEquals(List.of("filesystem:sql"), settings.locations());
    }

    @Test
    void readsSpringFlywayFromApplicationYamlIgnoringProfileDocuments() {
        files(root, "svc/src/main/resources/db/migration/V1__a.sql");
        write(root, "svc/src/main/resources/application.yml", """
                spring:
                  flyway:
                    mixed: true
                    locations: classpath:db/migration,classpath:db/vendor
                    placeholders:
                      schema: app
                    postgresql:
                      transactional-lock: false
                ---
                spring:
                  config:
                    activate:
                      on-profile: test
                  flyway:
                    mixed: false
                """);
        ToolSettings settings = settingsOf("svc/src/main/resources/db/migration");
        assertEquals(Boolean.TRUE, settings.mixed());
        assertEquals(Boolean.FALSE, settings.transactionalLock());
        assertEquals(Map.of("schema", "app"), settings.placeholders());
        assertEquals(List.of("classpath:db/migration", "classpath:db/vendor"), settings.locations());
        assertEquals("svc/src/main/resources/application.yml", settings.source());
    }

    @Test
    void readsSpringPropertiesWithRelaxedBinding() {
        files(root, "svc/src/main/resources/db/migration/V1__a.sql");
        write(root, "svc/src/main/resources/application.properties", """
                spring.flyway.postgresql.transactionalLock=false
                spring.flyway.MIXED=true
                spring.flyway.locations[1]=classpath:db/b
                spring.flyway.locations[0]=classpath:db/a
                spring.flyway.placeholders.tableSuffix=_v2
                """);
        ToolSettings settings = settingsOf("svc/src/main/resources/db/migration");
        assertEquals(Boolean.FALSE, settings.transactionalLock());
        assertEquals(Boolean.TRUE, settings.mixed());
        assertEquals(List.of("classpath:db/a", "classpath:db/b"), settings.locations());
        assertEquals(Map.of("tableSuffix", "_v2"), settings.placeholders());
    }

    @Test
    void theNearestFileWinsKeyByKey() {
        files(root, "svc/sql/V1__a.sql");
        write(root, "flyway.conf", "flyway.mixed=true\nflyway.placeholders.schema=root\nflyway.placeholders.owner=admin\n");
        write(root, "svc/flyway.conf", "flyway.placeholders.schema=svc\n");
        ToolSettings settings = settingsOf("svc/sql");
        assertEquals(Boolean.TRUE, settings.mixed());
        assertEquals(Map.of("schema", "svc", "owner", "admin"), settings.placeholders());
        assertEquals("svc/flyway.conf, flyway.conf", settings.source());
    }

    @Test
    void theSearchStopsAtTheRepositoryTop() throws IOException {
        Path repository = root.resolve("repository");
        files(repository, "sql/V1__a.sql");
        Files.createDirectories(repository.resolve(".git"));
        write(root, "flyway.conf", "flyway.mixed=true\n");
        DiscoveryResult result = discover(DiscoveryOptions.defaults(repository), ".");
        assertNull(location(result, "sql").toolSettings().mixed());
    }

    @Test
    void anUnreadableFileIsAProblemNotACrash() {
        files(root, "svc/src/main/resources/db/migration/V1__a.sql");
        write(root, "svc/src/main/resources/application.yml", "spring:\n  flyway: [unclosed\n");
        DiscoveryResult result = discover(root, ".");
        assertSame(ToolSettings.NONE, location(result, "svc/src/main/resources/db/migration").toolSettings());
        assertTrue(result.problems().stream().anyMatch(p -> p.path().equals("svc/src/main/resources/application.yml")),
                () -> result.problems().toString());
    }
}
