package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.migrationlint.core.internal.discovery.Trees.discover;
import static dev.migrationlint.core.internal.discovery.Trees.discoverWith;
import static dev.migrationlint.core.internal.discovery.Trees.files;
import static dev.migrationlint.core.internal.discovery.Trees.location;
import static dev.migrationlint.core.internal.discovery.Trees.names;
import static dev.migrationlint.core.internal.discovery.Trees.rejectedNames;
import static dev.migrationlint.core.internal.discovery.Trees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each layout over a small tree: what it reads, what it rejects, in which order, and how files run. */
class LayoutDiscoveryTest {

    @TempDir
    Path root;

    @Test
    void ordersFlywayMigrationsAsFlywayApplies() {
        files(root, "db/migration/V1__init.sql", "db/migration/V1.10__c.sql", "db/migration/V1.9__b.sql",
                "db/migration/U1__init.sql", "db/migration/V2__Add_users.java", "db/migration/R__views.sql",
                "db/migration/R__abc.sql", "db/migration/sub/V1.9.1__nested.sql");
        Location location = location(discover(root, "."), "db/migration");
        assertEquals("flyway", location.layout());
        assertEquals(Runner.FLYWAY, location.runner());
        assertEquals(List.of("V1__init.sql", "U1__init.sql", "V1.9__b.sql", "sub/V1.9.1__nested.sql", "V1.10__c.sql",
                "V2__Add_users.java", "R__abc.sql", "R__views.sql"), names(location));
        Migration java = location.migrations().get(5);
        assertEquals(Language.JAVA, java.language());
        assertEquals("Add users", java.description());
        assertEquals(MigrationKind.UNDO, location.migrations().get(1).kind());
        assertEquals("db/migration", java.location());
        assertEquals("db/migration/V2__Add_users.java", java.path());
    }

    @Test
    void rejectsWhatFlywayCannotReadAndSkipsCompanions() {
        files(root, "db/migration/V1__init.sql", "db/migration/V2_single_underscore.sql", "db/migration/init.sql",
                "db/migration/V3__x.sql.bak", "db/migration/README.md", "db/migration/flyway.conf",
                "db/migration/migrations.lock", "db/migration/.gitkeep", "db/migration/notes.txt",
                "db/migration/V1__init.sql.conf", "db/migration/LICENSE", "db/migration/Helper.java");
        Location location = location(discover(root, "."), "db/migration");
        assertEquals(List.of("V1__init.sql"), names(location));
        assertEquals(List.of("V2_single_underscore.sql", "V3__x.sql.bak", "init.sql"), rejectedNames(location));
        assertTrue(location.rejected().get(0).reason().contains("'__'"));
    }

    @Test
    void readsExecuteInTransactionFromScriptConfig() {
        files(root, "db/migration/V1__init.sql", "db/migration/V2__index.sql");
        write(root, "db/migration/V2__index.sql.conf", "# Flyway script config\nexecuteInTransaction=false\n");
        Location location = location(discover(root, "."), "db/migration");
        assertNull(location.migrations().get(0).executeInTransaction());
        Migration index = location.migrations().get(1);
        assertEquals(Boolean.FALSE, index.executeInTransaction());
        assertEquals("db/migration/V2__index.sql.conf", index.executionSource());
    }

    @Test
    void readsSeventeenDigitTimestampsWithAndWithoutPrefix() {
        files(root, "db/migration/20170206205240748__initial_schema.sql",
                "db/migration/V20170207234903470__rename.sql", "db/migration/20190624121383904__bad_minute.sql");
        Location location = location(discover(root, "."), "db/migration");
        assertEquals("timestamp", location.layout());
        assertEquals(Runner.FLYWAY, location.runner());
        assertEquals(List.of("20170206205240748__initial_schema.sql", "V20170207234903470__rename.sql"), names(location));
        assertTrue(location.rejected().get(0).reason().contains("not a real date"));
    }

    @Test
    void readsEpochSeconds() {
        files(root, "sql/V1500360784__first.sql", "sql/1500360999__second.sql", "sql/V12__not_epoch.sql");
        Location location = location(discover(root, "."), "sql");
        assertEquals("epoch", location.layout());
        assertEquals(List.of("V1500360784__first.sql", "1500360999__second.sql"), names(location));
        assertEquals(List.of("V12__not_epoch.sql"), rejectedNames(location));
    }

    @Test
    void pairsGolangMigrateUpAndDownFiles() {
        files(root, "migrations/000002_users.up.sql", "migrations/000001_init.down.sql", "migrations/000001_init.up.sql",
                "migrations/000003_stray.sql");
        Location location = location(discover(root, "."), "migrations");
        assertEquals("golang-migrate", location.layout());
        assertEquals(Runner.GOLANG_MIGRATE, location.runner());
        assertEquals(List.of("000001_init.up.sql", "000001_init.down.sql", "000002_users.up.sql"), names(location));
        assertEquals(List.of(MigrationKind.UP, MigrationKind.DOWN, MigrationKind.UP),
                location.migrations().stream().map(Migration::kind).toList());
        assertEquals(List.of("000003_stray.sql"), rejectedNames(location));
    }

    @Test
    void tellsGooseDbmateAndSqlxApartByTheirMarkers() {
        write(root, "goose/001_init.sql", "-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n");
        write(root, "goose/002_more.sql", "-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose StatementEnd\n");
        write(root, "dbmate/20211115181400_update.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n");
        write(root, "sqlx/20210422143411_create_history.sql", "CREATE TABLE history (id int);\n");
        write(root, "sqlx/20220505083406_create-events.sql", "-- no-transaction\nSELECT 1;\n");
        write(root, "sqlx/20230315220114_note.sql", "-- migrate:up is what dbmate would want here\nSELECT 1;\n");
        DiscoveryResult result = discover(root, ".");
        assertEquals(Runner.GOOSE, location(result, "goose").runner());
        assertEquals(List.of(MigrationKind.VERSIONED, MigrationKind.VERSIONED),
                location(result, "goose").migrations().stream().map(Migration::kind).toList());
        assertEquals(Runner.DBMATE, location(result, "dbmate").runner());
        assertEquals("sqlx", location(result, "sqlx").layout());
    }

    @Test
    void readsUpDownPairsOfACargoProjectAsSqlx() {
        files(root, "Cargo.toml", "crates/kv/migrations/20250501160746_create_kv.up.sql",
                "crates/kv/migrations/20250501160746_create_kv.down.sql");
        Location location = location(discover(root, "."), "crates/kv/migrations");
        assertEquals("sqlx", location.layout());
        assertEquals(List.of(MigrationKind.UP, MigrationKind.DOWN),
                location.migrations().stream().map(Migration::kind).toList());
    }

    @Test
    void readsDieselFoldersAndTheirMetadata() {
        files(root, "migrations/00000000000000_diesel_initial_setup/up.sql",
                "migrations/00000000000000_diesel_initial_setup/down.sql",
                "migrations/2019-02-26-002946_add_users/up.sql", "migrations/2019-02-26-002946_add_users/down.sql",
                "migrations/2026-03-08-202630-0000_add_index/up.sql", "migrations/2026-03-08-202630-0000_add_index/down.sql",
                "migrations/2020-01-01-000000_no_up/down.sql", "migrations/initial/up.sql",
                "migrations/2019-02-26-002946_add_users/extra.sql", "migrations/stray.sql");
        write(root, "migrations/2026-03-08-202630-0000_add_index/metadata.toml", "run_in_transaction = false\n");
        Location location = location(discover(root, "."), "migrations");
        assertEquals("folder", location.layout());
        assertEquals(Runner.FOLDER, location.runner());
        assertEquals(List.of("00000000000000_diesel_initial_setup/up.sql", "00000000000000_diesel_initial_setup/down.sql",
                "2019-02-26-002946_add_users/up.sql", "2019-02-26-002946_add_users/down.sql",
                "2026-03-08-202630-0000_add_index/up.sql", "2026-03-08-202630-0000_add_index/down.sql"), names(location));
        Migration concurrent = location.migrations().get(4);
        assertEquals(Boolean.FALSE, concurrent.executeInTransaction());
        assertEquals("migrations/2026-03-08-202630-0000_add_index/metadata.toml", concurrent.executionSource());
        assertEquals("add index", concurrent.description());
        assertEquals(List.of("2019-02-26-002946_add_users/extra.sql", "2020-01-01-000000_no_up", "initial", "stray.sql"),
                rejectedNames(location));
    }

    @Test
    void readsSourcegraphMetadata() {
        files(root, "migrations/frontend/1528395953/up.sql", "migrations/frontend/1528395953/down.sql",
                "migrations/frontend/1528395954/up.sql", "migrations/frontend/1528395954/down.sql");
        write(root, "migrations/frontend/1528395953/metadata.yaml", "");
        write(root, "migrations/frontend/1528395954/metadata.yaml",
                "name: 'add repo hashed name index'\nparent: 1528395953\ncreateIndexConcurrently: true\n");
        write(root, "migrations/README.md", "# Migrations\n");
        DiscoveryResult result = discover(root, ".");
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        Location location = location(result, "migrations/frontend");
        assertNull(location.migrations().get(0).executeInTransaction());
        assertEquals(Boolean.FALSE, location.migrations().get(2).executeInTransaction());
        assertEquals("migrations/frontend/1528395954/metadata.yaml", location.migrations().get(2).executionSource());
    }

    @Test
    void keepsPopFilesOfTheConfiguredDialect() {
        files(root, "sql/20150100000001000000_networks.postgres.up.sql",
                "sql/20150100000001000000_networks.postgres.down.sql",
                "sql/20150100000001000000_networks.mysql.up.sql", "sql/20150100000001000000_networks.mysql.down.sql",
                "sql/20150100000001000000_networks.sqlite3.up.sql", "sql/20150100000001000000_networks.cockroach.up.sql",
                "sql/20150100000002000000_neutral.up.sql", "sql/20150100000002000000_neutral.down.sql",
                "sql/20150100000003000000_both.up.sql", "sql/20150100000003000000_both.postgres.up.sql",
                "sql/20260703000000000000_idx.postgres.autocommit.up.sql");
        Location postgres = location(discoverWith(root, "auto", null, "."), "sql");
        assertEquals("pop", postgres.layout());
        assertEquals(Dialect.POSTGRESQL, postgres.dialectHint());
        assertEquals(List.of("20150100000001000000_networks.postgres.up.sql",
                "20150100000001000000_networks.postgres.down.sql", "20150100000002000000_neutral.up.sql",
                "20150100000002000000_neutral.down.sql", "20150100000003000000_both.postgres.up.sql",
                "20260703000000000000_idx.postgres.autocommit.up.sql"), names(postgres));
        Migration autocommit = postgres.migrations().get(5);
        assertEquals(Boolean.FALSE, autocommit.executeInTransaction());
        assertTrue(postgres.rejected().isEmpty());

        Location mysql = location(discoverWith(root, "auto", Dialect.MARIADB, "."), "sql");
        assertEquals(Dialect.MYSQL, mysql.dialectHint());
        assertEquals(List.of("20150100000001000000_networks.mysql.up.sql", "20150100000001000000_networks.mysql.down.sql",
                "20150100000002000000_neutral.up.sql", "20150100000002000000_neutral.down.sql",
                "20150100000003000000_both.up.sql"), names(mysql));
    }

    @Test
    void readsAConfiguredPattern() {
        files(root, "migrations/V0001.Initial_Schema.up.sql", "migrations/V0001.Initial_Schema.down.sql",
                "migrations/V0002.WebAuthn.up.sql", "migrations/0003_other.sql");
        DiscoveryOptions options = new DiscoveryOptions("pattern",
                "^V(?<version>\\d+)\\.(?<description>.+)\\.(?<direction>up|down)\\.sql$", false, root, List.of(), null);
        Location location = location(discover(options, "."), "migrations");
        assertEquals(Runner.PATTERN, location.runner());
        assertEquals(List.of("V0001.Initial_Schema.up.sql", "V0001.Initial_Schema.down.sql", "V0002.WebAuthn.up.sql"),
                names(location));
        assertEquals(Boolean.FALSE, location.migrations().get(0).executeInTransaction());
        assertEquals(List.of("0003_other.sql"), rejectedNames(location));
    }

    @Test
    void aConfiguredLayoutReadsOnlyItsOwnNames() {
        files(root, "migrations/000001_init.up.sql", "migrations/V1__flyway.sql");
        Location location = location(discoverWith(root, "golang-migrate", null, "."), "migrations");
        assertEquals(List.of("000001_init.up.sql"), names(location));
        assertEquals(List.of("V1__flyway.sql"), rejectedNames(location));
        assertFalse(location.rejected().get(0).reason().isBlank());
    }
}
