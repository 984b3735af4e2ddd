package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameReaderTest {

    private static ParsedName accepted(Layout layout, String name) {
        NameMatch match = new NameReader(layout, null).read(name);
        assertTrue(match.isAccepted(), () -> name + " should be read by " + layout.id() + ", got " + match.rejection());
        return match.name();
    }

    private static String rejected(Layout layout, String name) {
        NameMatch match = new NameReader(layout, null).read(name);
        assertTrue(match.isRejected(), () -> name + " should be rejected by " + layout.id());
        return match.rejection();
    }

    private static void ignored(Layout layout, String name) {
        NameMatch match = new NameReader(layout, null).read(name);
        assertFalse(match.isAccepted() || match.isRejected(), () -> name + " should be none of " + layout.id() + "'s business");
    }

    @ParameterizedTest
    @CsvSource({
            "V1__init.sql, 1, init, VERSIONED, SQL",
            "V1_1__Add_users.sql, 1_1, Add users, VERSIONED, SQL",
            "V1.2.3__x.sql, 1.2.3, x, VERSIONED, SQL",
            "U2__drop.sql, 2, drop, UNDO, SQL",
            "B5__baseline.sql, 5, baseline, BASELINE, SQL",
            "V2__Add_users.java, 2, Add users, VERSIONED, JAVA",
            "V1_12_10__add_x___DB2.sql, 1_12_10, add x   DB2, VERSIONED, SQL",
    })
    void readsFlywayNames(String name, String version, String description, MigrationKind kind, Language language) {
        ParsedName parsed = accepted(Layout.FLYWAY, name);
        assertEquals(version, parsed.version().text());
        assertEquals(description, parsed.description());
        assertEquals(kind, parsed.kind());
        assertEquals(language, parsed.language());
    }

    @Test
    void readsRepeatables() {
        ParsedName parsed = accepted(Layout.FLYWAY, "R__Hibernate_Sequence.java");
        assertNull(parsed.version());
        assertEquals(MigrationKind.REPEATABLE, parsed.kind());
        assertEquals("Hibernate Sequence", parsed.description());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "V1_init.sql|one '_' after the version",
            "v1__init.sql|lower case",
            "X1__init.sql|not a Flyway migration name",
            "1__init.sql|not a Flyway migration name",
            "V1a__init.sql|version '1a'",
            "V__init.sql|no version",
            "R1__views.sql|has no version",
            "V1__init.sql.bak|unknown extension .bak",
            "V1__init.kt|unknown extension .kt",
            "V3_Backfill.java|one '_' after the version",
            "schema.sql|not a Flyway migration name",
    })
    void rejectsBadFlywayNames(String name, String reason) {
        assertTrue(rejected(Layout.FLYWAY, name).contains(reason), () -> rejected(Layout.FLYWAY, name));
    }

    @Test
    void leavesSupportClassesCallbacksAndOtherFilesAlone() {
        ignored(Layout.FLYWAY, "AbstractMigration.java");
        ignored(Layout.FLYWAY, "Disabled_V20171031_03__Migration.java");
        ignored(Layout.FLYWAY, "Base64Codec.java");
        ignored(Layout.FLYWAY, "V8Engine.java");
        ignored(Layout.FLYWAY, "beforeMigrate.sql");
        ignored(Layout.FLYWAY, "afterMigrate__01_drop_procs.sql");
        ignored(Layout.FLYWAY, "schema.go");
    }

    @Test
    void comparesVersionsNumerically() {
        Version v19 = accepted(Layout.FLYWAY, "V1.9__a.sql").version();
        Version v110 = accepted(Layout.FLYWAY, "V1.10__a.sql").version();
        assertTrue(v110.compareTo(v19) > 0);
        assertTrue(accepted(Layout.FLYWAY, "V1_1__a.sql").version().sameAs(accepted(Layout.FLYWAY, "V1.1__b.sql").version()));
    }

    @Test
    void readsTimestamps() {
        assertEquals("20170206205240748", accepted(Layout.TIMESTAMP, "20170206205240748__initial_schema.sql").version().text());
        assertEquals("20170206205240748", accepted(Layout.TIMESTAMP, "V20170206205240748__initial_schema.sql").version().text());
        assertEquals(MigrationKind.REPEATABLE, accepted(Layout.TIMESTAMP, "R__views.sql").kind());
        assertTrue(rejected(Layout.TIMESTAMP, "20190624121383904__x.sql").contains("not a real date"));
        assertTrue(rejected(Layout.TIMESTAMP, "20170230000000000__x.sql").contains("not a real date"));
        assertTrue(rejected(Layout.TIMESTAMP, "V2017020620524074__x.sql").contains("17-digit"));
        assertTrue(rejected(Layout.TIMESTAMP, "V1__x.sql").contains("17-digit"));
    }

    @Test
    void readsEpochSeconds() {
        assertEquals("1500360784", accepted(Layout.EPOCH, "V1500360784__desc.sql").version().text());
        assertEquals("1500360784", accepted(Layout.EPOCH, "1500360784__desc.sql").version().text());
        assertTrue(rejected(Layout.EPOCH, "V123__desc.sql").contains("between 2000 and 2100"));
        assertTrue(rejected(Layout.EPOCH, "V9999999999__desc.sql").contains("between 2000 and 2100"));
    }

    @Test
    void readsGolangMigrateNames() {
        ParsedName up = accepted(Layout.GOLANG_MIGRATE, "000057_upgrade_command_webhooks_v6.0.up.sql");
        assertEquals(MigrationKind.UP, up.kind());
        assertEquals("upgrade command webhooks v6.0", up.description());
        assertEquals(MigrationKind.DOWN, accepted(Layout.GOLANG_MIGRATE, "000001_init.down.sql").kind());
        // Irregular names golang-migrate itself reads.
        assertEquals(MigrationKind.UP, accepted(Layout.GOLANG_MIGRATE, "000001_init.up.db.sql").kind());
        assertEquals(MigrationKind.UP, accepted(Layout.GOLANG_MIGRATE, "1687249080_add_position_accounts.up..sql").kind());
        assertTrue(rejected(Layout.GOLANG_MIGRATE, "1628280060_create-index.sql").contains("no .up or .down"));
        assertTrue(rejected(Layout.GOLANG_MIGRATE, "init.up.sql").contains("expected"));
        ignored(Layout.GOLANG_MIGRATE, "bindata.go");
    }

    @Test
    void readsGooseDbmateAndSqlxNames() {
        assertEquals(MigrationKind.VERSIONED, accepted(Layout.GOOSE, "001_initialize_schema.sql").kind());
        assertTrue(rejected(Layout.GOOSE, "0_zero.sql").contains("not a goose version"));
        assertTrue(rejected(Layout.GOOSE, "initial.sql").contains("expected"));
        ignored(Layout.GOOSE, "00002_rename_root.go");

        assertEquals("update-auth-permissions", accepted(Layout.DBMATE, "20211115181400_update-auth-permissions.sql").description());
        assertTrue(rejected(Layout.DBMATE, "schema.sql").contains("numeric version"));

        assertEquals(MigrationKind.VERSIONED, accepted(Layout.SQLX, "20210422143411_create_history.sql").kind());
        assertEquals(MigrationKind.UP, accepted(Layout.SQLX, "20250501160746_create_kv_db.up.sql").kind());
        assertEquals(MigrationKind.DOWN, accepted(Layout.SQLX, "20250501160746_create_kv_db.down.sql").kind());
        assertTrue(rejected(Layout.SQLX, "99999999999999999999_big.sql").contains("64-bit"));
        assertTrue(rejected(Layout.SQLX, "create_history.sql").contains("expected"));
    }

    @Test
    void readsPopNames() {
        ParsedName specific = accepted(Layout.POP, "20150100000001000000_networks.postgres.up.sql");
        assertEquals("postgres", specific.popDialect());
        assertFalse(specific.autocommit());
        assertEquals("all", accepted(Layout.POP, "20150100000001000000_networks.up.sql").popDialect());
        assertEquals("sqlite3", accepted(Layout.POP, "20150100000001000000_networks.sqlite.down.sql").popDialect());
        ParsedName autocommit = accepted(Layout.POP, "20260703000000000000_idx.postgres.autocommit.up.sql");
        assertTrue(autocommit.autocommit());
        assertEquals("postgres", autocommit.popDialect());
        ParsedName neutralAutocommit = accepted(Layout.POP, "20260703000000000000_idx.autocommit.up.sql");
        assertTrue(neutralAutocommit.autocommit());
        assertEquals("all", neutralAutocommit.popDialect());
        assertTrue(rejected(Layout.POP, "20150100000001000000_networks.oracle.up.sql").contains("unknown pop dialect"));
        assertTrue(rejected(Layout.POP, "20150100000001000000_networks.sql").contains("expected"));
        ignored(Layout.POP, "20150100000001000000_networks.up.fizz");
    }

    @Test
    void readsFolderNames() {
        ParsedName diesel = NameReader.readFolder("2019-02-26-002946_add_users", MigrationKind.UP).name();
        assertEquals("add users", diesel.description());
        assertTrue(diesel.version().compareTo(NameReader.readFolder("2019-02-26-002945_x", MigrationKind.UP).name().version()) > 0);
        // Lexical order of diesel's dates, also when a later version adds a part.
        assertTrue(NameReader.readFolder("2025-12-31-235959_x", MigrationKind.UP).name().version().compareTo(
                NameReader.readFolder("2025-08-01-000018-0000_y", MigrationKind.UP).name().version()) > 0);
        assertEquals("", NameReader.readFolder("1528395943", MigrationKind.UP).name().description());
        assertTrue(NameReader.readFolder("initial", MigrationKind.UP).isRejected());
        assertTrue(new NameReader(Layout.FOLDER, null).read("stray.sql").rejection().contains("own folder"));
    }

    @Test
    void readsConfiguredPatterns() {
        NameReader reader = new NameReader(Layout.PATTERN, Pattern.compile(
                "^V(?<version>\\d+)\\.(?<description>.+)\\.(?<direction>up|down)\\.sql$"));
        ParsedName up = reader.read("V0001.Initial_Schema.up.sql").name();
        assertEquals("0001", up.version().text());
        assertEquals("Initial Schema", up.description());
        assertEquals(MigrationKind.UP, up.kind());
        assertEquals(MigrationKind.DOWN, reader.read("V0001.Initial_Schema.down.sql").name().kind());
        assertTrue(reader.read("0001_initial.sql").rejection().contains("does not match layoutPattern"));

        NameReader noDirection = new NameReader(Layout.PATTERN, Pattern.compile("^(?<version>\\d+)-(?<description>.+)\\.sql$"));
        assertEquals(MigrationKind.VERSIONED, noDirection.read("001-groupsource.sql").name().kind());
    }
}
