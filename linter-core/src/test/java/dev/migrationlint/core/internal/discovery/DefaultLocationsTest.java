package dev.migrationlint.core.internal.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.migrationlint.core.internal.discovery.Trees.discover;
import static dev.migrationlint.core.internal.discovery.Trees.files;
import static dev.migrationlint.core.internal.discovery.Trees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check} without PATH: configured locations, then Flyway/Spring configuration and conventional folders. */
class DefaultLocationsTest {

    @TempDir
    Path root;

    private List<String> paths(DiscoveryResult result) {
        return result.locations().stream().map(Location::path).toList();
    }

    @Test
    void configuredLocationsComeFirstAndAlone() {
        files(root, "database/changes/V1__a.sql", "db/migration/V1__b.sql");
        DiscoveryOptions options = new DiscoveryOptions("auto", null, null, root, List.of("database/changes", "gone"), null);
        DiscoveryResult result = discover(options);
        assertEquals(List.of("database/changes"), paths(result));
        assertEquals(Set.of("database/changes"), result.wholeLocations());
        assertTrue(result.problems().stream().anyMatch(p -> p.path().equals("gone")));
    }

    @Test
    void findsConventionalFolders() {
        files(root, "svc/src/main/resources/db/migration/V1__a.sql", "api/db/migrations/000001_a.up.sql",
                "lemmy/migrations/2019-01-01-000000_a/up.sql", "src/test/resources/fixtures/V1__fixture.sql");
        assertEquals(List.of("api/db/migrations", "lemmy/migrations", "svc/src/main/resources/db/migration"),
                paths(discover(root)));
    }

    @Test
    void followsSpringAndFlywayConfiguredLocations() {
        files(root, "svc/src/main/resources/db/changes/V1__a.sql", "svc/src/main/java/db/changes/V2__B.java",
                "tool/database/scripts/V1__c.sql", "vendors/src/main/resources/db/sql/mysql/V1__m.sql",
                "vendors/src/main/resources/db/sql/postgresql/V1__p.sql");
        write(root, "svc/src/main/resources/application.yml", "spring.flyway.locations: classpath:db/changes\n");
        write(root, "tool/flyway.conf", "flyway.locations=filesystem:database/scripts\n");
        write(root, "vendors/src/main/resources/application.properties",
                "spring.flyway.locations=classpath:db/sql/{vendor}\n");
        DiscoveryResult result = discover(root);
        assertEquals(List.of("svc/src/main/resources/db/changes", "tool/database/scripts",
                "vendors/src/main/resources/db/sql/mysql", "vendors/src/main/resources/db/sql/postgresql"), paths(result));
        assertEquals(2, result.locations().get(0).migrations().size());
    }
}
