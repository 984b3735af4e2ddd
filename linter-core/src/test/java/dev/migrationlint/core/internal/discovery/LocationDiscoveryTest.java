package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import static dev.migrationlint.core.internal.discovery.Trees.discover;
import static dev.migrationlint.core.internal.discovery.Trees.files;
import static dev.migrationlint.core.internal.discovery.Trees.location;
import static dev.migrationlint.core.internal.discovery.Trees.names;
import static dev.migrationlint.core.internal.discovery.Trees.rejectedNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Which folders are locations, what each holds, and how PATH arguments pick them. */
class LocationDiscoveryTest {

    @TempDir
    Path root;

    private List<String> paths(DiscoveryResult result) {
        return result.locations().stream().map(Location::path).toList();
    }

    @Test
    void anEmptyTreeHasNoLocationsAndNoProblems() {
        DiscoveryResult result = discover(root, ".");
        assertTrue(result.locations().isEmpty());
        assertTrue(result.problems().isEmpty());
    }

    @Test
    void findsEveryLocationBelowAFolder() {
        files(root, "service-a/src/main/resources/db/migration/V1__a.sql",
                "service-b/migrations/000001_b.up.sql", "tools/scripts/cleanup.sql");
        DiscoveryResult result = discover(root, ".");
        assertEquals(List.of("service-a/src/main/resources/db/migration", "service-b/migrations"), paths(result));
        assertEquals(Set.of("service-a/src/main/resources/db/migration", "service-b/migrations"), result.wholeLocations());
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
    }

    @Test
    void dialectSubfoldersAreLocationsOfTheirOwn() {
        files(root, "db/migration/V1__common.sql", "db/migration/common/V1.1__shared.sql",
                "db/migration/mysql/V2__m.sql", "db/migration/POSTGRESQL/V2__p.sql",
                "db/migration/SQL_SERVER/V2__s.sql");
        DiscoveryResult result = discover(root, ".");
        assertEquals(List.of("db/migration", "db/migration/POSTGRESQL", "db/migration/SQL_SERVER", "db/migration/mysql"),
                paths(result));
        assertEquals(List.of("V1__common.sql", "common/V1.1__shared.sql"), names(location(result, "db/migration")));
        assertEquals(null, location(result, "db/migration").dialectHint());
        assertEquals(Dialect.MYSQL, location(result, "db/migration/mysql").dialectHint());
        assertEquals(Dialect.POSTGRESQL, location(result, "db/migration/POSTGRESQL").dialectHint());
        assertEquals(Dialect.GENERIC, location(result, "db/migration/SQL_SERVER").dialectHint());
    }

    @Test
    void hintsTheDialectFromAParentFolderName() {
        files(root, "jdbc-postgres/src/main/resources/migrations/V1__a.sql", "storage/mysql/migrations/001_a.up.sql");
        DiscoveryResult result = discover(root, ".");
        assertEquals(Dialect.POSTGRESQL, location(result, "jdbc-postgres/src/main/resources/migrations").dialectHint());
        assertEquals(Dialect.MYSQL, location(result, "storage/mysql/migrations").dialectHint());
    }

    @Test
    void hintsTheDialectFromTheFilesContentWhenNoFolderNamesOne() {
        Trees.write(root, "billing/migration/V1__init.sql",
                "CREATE TABLE `accounts` (\n  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY\n) ENGINE=InnoDB;\n");
        Trees.write(root, "billing/migration/V2__notes.sql",
                "alter table accounts add column notes varchar(4096) DEFAULT NULL after phone;\n");
        Trees.write(root, "billing/migration/V3__plain.sql", "CREATE INDEX accounts_notes ON accounts(notes);\n");
        Trees.write(root, "app/migrations/000001_a.up.sql",
                "CREATE TABLE t (id bigint);\nALTER TABLE t ALTER COLUMN id SET NOT NULL;\n");
        Trees.write(root, "wallet/migrations/0001_a.up.sql",
                "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT) WITHOUT ROWID;\n");
        Trees.write(root, "wallet/migrations/0002_b.up.sql", "CREATE TABLE u (at UNSIGNED BIGINT NOT NULL,\n"
                + "  UNIQUE(at) ON CONFLICT REPLACE);\n");
        Trees.write(root, "plain/migrations/000001_a.up.sql", "CREATE TABLE t (id int);\n");
        DiscoveryResult result = discover(root, ".");
        assertEquals(Dialect.MYSQL, location(result, "billing/migration").dialectHint());
        assertEquals(Dialect.POSTGRESQL, location(result, "app/migrations").dialectHint());
        assertEquals(Dialect.SQLITE, location(result, "wallet/migrations").dialectHint());
        assertEquals(null, location(result, "plain/migrations").dialectHint());
    }

    @Test
    void aFolderNameOutweighsTheFilesContent() {
        Trees.write(root, "db/postgres/V1__a.sql", "CREATE TABLE `t` (id int) ENGINE=InnoDB;\n");
        assertEquals(Dialect.POSTGRESQL, location(discover(root, "."), "db/postgres").dialectHint());
    }

    @Test
    void commentsAndStringsDoNotHintADialect() {
        Trees.write(root, "db/migration/V1__a.sql", "-- like `ENGINE=InnoDB` in MySQL\n"
                + "/* AUTO_INCREMENT */ INSERT INTO t VALUES ('`x` ENGINE=MyISAM');\n");
        assertEquals(null, location(discover(root, "."), "db/migration").dialectHint());
    }

    @Test
    void theDialectWithTheMostFilesWinsAndATieHintsNothing() {
        Trees.write(root, "a/migration/V1__a.sql", "CREATE TABLE `t` (id int);\n");
        Trees.write(root, "a/migration/V2__b.sql", "CREATE TABLE `u` (id int);\n");
        Trees.write(root, "a/migration/V3__c.sql", "SELECT x::text FROM t;\n");
        Trees.write(root, "b/migration/V1__a.sql", "CREATE TABLE `t` (id int);\n");
        Trees.write(root, "b/migration/V2__b.sql", "SELECT x::text FROM t;\n");
        DiscoveryResult result = discover(root, ".");
        assertEquals(Dialect.MYSQL, location(result, "a/migration").dialectHint());
        assertEquals(null, location(result, "b/migration").dialectHint());
    }

    @Test
    void versionFoldersWhoseVersionsNeverCollideFormOneLocation() {
        files(root, "db/migration/2.31/V2_31_1__a.sql", "db/migration/2.32/V2_32_1__b.sql",
                "db/migration/2.32/V2_32_2__c.sql");
        DiscoveryResult result = discover(root, ".");
        assertEquals(List.of("db/migration"), paths(result));
        assertEquals(List.of("2.31/V2_31_1__a.sql", "2.32/V2_32_1__b.sql", "2.32/V2_32_2__c.sql"),
                names(location(result, "db/migration")));
    }

    @Test
    void siblingFoldersWithTheSameVersionsStaySeparate() {
        files(root, "db/app/V1__a.sql", "db/app/V2__b.sql", "db/audit/V1.0__a.sql");
        assertEquals(List.of("db/app", "db/audit"), paths(discover(root, ".")));
    }

    @Test
    void javaAndSqlMigrationsOfOneClasspathPackageFormOneHistory() {
        files(root, "app/src/main/resources/db/migration/V1__init.sql",
                "app/src/main/java/db/migration/V2__Backfill.java",
                "app/src/main/java/db/migration/BaseMigration.java",
                "app/src/main/java/com/acme/Application.java");
        Location location = location(discover(root, "."), "app/src/main/resources/db/migration");
        assertEquals(List.of("app/src/main/resources/db/migration/V1__init.sql",
                        "app/src/main/java/db/migration/V2__Backfill.java"),
                location.migrations().stream().map(m -> m.path()).toList());
        assertEquals(Language.JAVA, location.migrations().get(1).language());
        assertEquals("app/src/main/resources/db/migration", location.migrations().get(1).location());

        // Named through its resources folder only, the location still has its Java migrations.
        DiscoveryResult named = discover(root, "app/src/main/resources/db/migration");
        assertEquals(2, location(named, "app/src/main/resources/db/migration").migrations().size());
    }

    @Test
    void aFileIsReportedAloneWithItsWholeLocationAsContext() {
        files(root, "db/migration/2.31/V2_31_1__a.sql", "db/migration/2.32/V2_32_1__b.sql", "other/V1__x.sql");
        DiscoveryResult result = discover(root, "db/migration/2.32/V2_32_1__b.sql");
        assertEquals(List.of("db/migration"), paths(result));
        Location location = location(result, "db/migration");
        assertEquals(2, location.migrations().size());
        assertTrue(result.wholeLocations().isEmpty());
        assertEquals(Set.of(root.resolve("db/migration/2.32/V2_32_1__b.sql")), result.namedFiles());
        assertFalse(result.isReported(location, location.migrations().get(0).file()));
        assertTrue(result.isReported(location, location.migrations().get(1).file()));
    }

    @Test
    void aFileOfAMigrationFolderGetsTheFolderLayoutLocation() {
        files(root, "migrations/2019-01-01-000000_a/up.sql", "migrations/2019-01-02-000000_b/up.sql",
                "migrations/2019-01-02-000000_b/down.sql");
        DiscoveryResult result = discover(root, "migrations/2019-01-02-000000_b/down.sql");
        assertEquals("folder", location(result, "migrations").layout());
        assertEquals(3, location(result, "migrations").migrations().size());
    }

    @Test
    void aFolderInsideALocationIsLintedInThatLocationsContext() {
        files(root, "db/migration/V1__a.sql", "db/migration/sub/V2__b.sql", "db/migration/mysql/V3__m.sql",
                "split/2.31/V2_31_1__a.sql", "split/2.32/V2_32_1__b.sql",
                "migrations/2019-01-01-000000_a/up.sql", "migrations/2019-01-02-000000_b/up.sql");

        DiscoveryResult sub = discover(root, "db/migration/sub");
        Location flyway = location(sub, "db/migration");
        assertEquals(List.of(false, true), flyway.migrations().stream().map(m -> sub.isReported(flyway, m.file())).toList());

        DiscoveryResult dialect = discover(root, "db/migration/mysql");
        assertEquals(List.of("db/migration/mysql"), paths(dialect));
        assertEquals(Set.of("db/migration/mysql"), dialect.wholeLocations());

        DiscoveryResult version = discover(root, "split/2.32");
        Location split = location(version, "split");
        assertEquals(List.of(false, true), split.migrations().stream().map(m -> version.isReported(split, m.file())).toList());

        DiscoveryResult diesel = discover(root, "migrations/2019-01-02-000000_b");
        Location folder = location(diesel, "migrations");
        assertEquals("folder", folder.layout());
        assertEquals(List.of(false, true), folder.migrations().stream().map(m -> diesel.isReported(folder, m.file())).toList());
        assertTrue(diesel.problems().isEmpty(), () -> diesel.problems().toString());
    }

    @Test
    void aFileNoLayoutReadsIsReportedAsRejected() {
        files(root, "sql/updates/20160310-mbs-4501-fks.sql", "sql/updates/20160429-mbs-8656.sql");
        DiscoveryResult result = discover(root, "sql/updates/20160310-mbs-4501-fks.sql");
        Location location = location(result, "sql/updates");
        assertEquals(List.of("20160310-mbs-4501-fks.sql", "20160429-mbs-8656.sql"), rejectedNames(location));
        assertTrue(result.isReported(location, location.rejected().get(0).file()));
        assertFalse(result.isReported(location, location.rejected().get(1).file()));
        assertFalse(result.problems().isEmpty());
    }

    @Test
    void aNamedFolderOfUnreadableNamesIsReportedWhole() {
        files(root, "patches/001-groupsource.sql", "patches/002-policyname.sql");
        DiscoveryResult result = discover(root, "patches");
        assertEquals(2, location(result, "patches").rejected().size());
        assertEquals(Set.of("patches"), result.wholeLocations());
    }

    @Test
    void foldersOfScriptsNoLayoutReadsAreNotedNotLinted() {
        files(root, "internal/storage/migrations/mysql/V0001.Initial_Schema.up.sql");
        DiscoveryResult result = discover(root, ".");
        assertTrue(result.locations().isEmpty());
        assertEquals("internal/storage/migrations/mysql", result.problems().get(0).path());
    }

    @Test
    void aMissingPathIsAUsageError() {
        MissingPathException e = assertThrows(MissingPathException.class,
                () -> new Discovery(DiscoveryOptions.defaults(root)).discover(List.of(Path.of("nope"), Path.of("."))));
        assertEquals(List.of(Path.of("nope")), e.paths());
        assertTrue(e.getMessage().contains("path does not exist: nope"));
    }

    @Test
    void aCompanionFileNamedAloneIsNotedAsNothingToLint() {
        files(root, "db/migration/V1__a.sql", "db/migration/README.md");
        DiscoveryResult result = discover(root, "db/migration/README.md");
        assertTrue(result.problems().stream().anyMatch(p -> p.path().equals("db/migration/README.md")));
    }

    @Test
    void skipsBuildOutputDependenciesAndDotFolders() {
        files(root, "target/classes/db/migration/V1__a.sql", "build/resources/main/db/migration/V1__a.sql",
                "node_modules/pkg/migrations/001_a.up.sql", ".idea/migrations/V1__a.sql", "src/db/V1__a.sql");
        assertEquals(List.of("src/db"), paths(discover(root, ".")));
    }

    @Test
    void overlappingArgumentsGiveEachLocationOnce() {
        files(root, "db/migration/2.31/V2_31_1__a.sql", "db/migration/2.32/V2_32_1__b.sql");
        DiscoveryResult result = discover(root, ".", "db/migration/2.31");
        assertEquals(List.of("db/migration"), paths(result));
        Location location = location(result, "db/migration");
        assertTrue(location.migrations().stream().allMatch(m -> result.isReported(location, m.file())));
    }

    @Test
    void symlinkLoopsAreNotFollowed() throws IOException {
        files(root, "db/migration/V1__a.sql", "db/migration/nested/V2__b.sql");
        Files.createSymbolicLink(root.resolve("db/migration/nested/loop"), root.resolve("db"));
        Files.createSymbolicLink(root.resolve("db/migration/self"), Path.of("."));
        DiscoveryResult result = discover(root, ".");
        assertEquals(List.of("V1__a.sql", "nested/V2__b.sql"), names(location(result, "db/migration")));
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("symlink loop")), () -> result.problems().toString());
    }

    @Test
    void symlinkedFoldersOutsideTheTreeAreRead(@TempDir Path elsewhere) throws IOException {
        files(elsewhere, "V1__shared.sql");
        files(root, "db/migration/V2__local.sql");
        Files.createSymbolicLink(root.resolve("db/migration/shared"), elsewhere);
        assertEquals(List.of("shared/V1__shared.sql", "V2__local.sql"), names(location(discover(root, "."), "db/migration")));
    }

    @Test
    void anUnreadableFolderIsSkippedWithAProblem() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not bind root");
        files(root, "db/migration/V1__a.sql", "db/locked/V1__b.sql");
        Path locked = root.resolve("db/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            DiscoveryResult result = discover(root, ".");
            assertEquals(List.of("db/migration"), paths(result));
            assertTrue(result.problems().stream().anyMatch(p -> p.path().equals("db/locked")));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
