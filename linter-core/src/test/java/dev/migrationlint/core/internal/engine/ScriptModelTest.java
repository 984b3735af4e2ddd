package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Settings;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import dev.migrationlint.core.spi.TransactionState;
import dev.migrationlint.core.spi.Version;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptModelTest {

    private static final ObjectName T = new ObjectName("public", "t", false);
    private static final Fact CIC = new Fact.CreateIndex("i", T, false, true, false, false, "btree", List.of("a"),
            false);
    private static final Fact SET = new Fact.SetSetting("lock_timeout", "'2s'", false);
    private static final Fact BEGIN = new Fact.Transaction(Fact.TransactionKind.BEGIN);
    private static final Fact COMMIT = new Fact.Transaction(Fact.TransactionKind.COMMIT);
    private static final Fact ADD_VALUE = new Fact.AlterType(T, Fact.TypeAction.ADD_VALUE, false);

    private static Migration migration(Runner runner, MigrationKind kind, Boolean tx) {
        return new Migration("db/V1__x.sql", Path.of("db/V1__x.sql"), "db", Version.parse("1"), "x", kind,
                Language.SQL, "flyway", runner, tx, tx == null ? null : "db/V1__x.sql.conf");
    }

    private static ScriptModel.Input in(Fact fact, String... comments) {
        return new ScriptModel.Input(fact, java.util.Arrays.stream(comments)
                .map(c -> new Token(TokenType.LINE_COMMENT, c, 0, 1, 1)).toList());
    }

    private static List<ScriptModel.Placement> place(Migration m, Settings s, ScriptModel.Input... inputs) {
        List<Token> comments = java.util.Arrays.stream(inputs).flatMap(i -> i.comments().stream()).toList();
        AtomicInteger ids = new AtomicInteger();
        return ScriptModel.place(m, List.of(inputs), comments, s, ids::incrementAndGet);
    }

    private static Settings settings(boolean mixed, String version) {
        Settings d = Settings.defaults();
        return new Settings(d.dialect(), dev.migrationlint.core.spi.TargetVersion.parse(version), "public", false,
                false, false, new Settings.Flyway(true, mixed, Map.of()), false, d.java(), d.limits());
    }

    @Test
    void flywayRunsAScriptInOneTransaction() {
        var p = place(migration(Runner.FLYWAY, MigrationKind.VERSIONED, null), Settings.defaults(), in(SET), in(SET));
        assertEquals(TransactionState.Origin.TOOL, p.get(0).transaction().origin());
        assertEquals(p.get(0).transaction().id(), p.get(1).transaction().id());
    }

    @Test
    void flywayRunsAConcurrentIndexAloneOutsideATransaction() {
        var p = place(migration(Runner.FLYWAY, MigrationKind.VERSIONED, null), Settings.defaults(), in(CIC));
        assertFalse(p.get(0).transaction().inTransaction());
        assertNull(p.get(0).execution().refusal());
    }

    @Test
    void flywayRefusesAMixedScriptUnlessMixedIsOn() {
        Migration m = migration(Runner.FLYWAY, MigrationKind.VERSIONED, null);
        var refused = place(m, Settings.defaults(), in(SET), in(CIC));
        assertTrue(refused.get(1).execution().refusal().contains("mixes CREATE INDEX CONCURRENTLY"));
        var mixed = place(m, settings(true, "15"), in(SET), in(CIC));
        assertNull(mixed.get(1).execution().refusal());
        assertFalse(mixed.get(1).transaction().inTransaction());
    }

    @Test
    void sqlConfDecides() {
        var p = place(migration(Runner.FLYWAY, MigrationKind.VERSIONED, false), Settings.defaults(), in(SET), in(CIC));
        assertFalse(p.get(1).transaction().inTransaction());
        assertNull(p.get(1).execution().refusal());
        assertTrue(p.get(1).execution().reason().contains("V1__x.sql.conf"));
    }

    @Test
    void flywayDetectsAddValueOnlyBeforeTwelve() {
        Migration m = migration(Runner.FLYWAY, MigrationKind.VERSIONED, null);
        assertFalse(place(m, settings(false, "11"), in(ADD_VALUE)).get(0).transaction().inTransaction());
        assertTrue(place(m, settings(false, "12"), in(ADD_VALUE)).get(0).transaction().inTransaction());
    }

    @Test
    void golangMigrateSendsAMultiStatementFileAsOneImplicitTransaction() {
        Migration m = migration(Runner.GOLANG_MIGRATE, MigrationKind.UP, null);
        var multi = place(m, Settings.defaults(), in(SET), in(CIC));
        assertEquals(TransactionState.Origin.IMPLICIT, multi.get(1).transaction().origin());
        var single = place(m, Settings.defaults(), in(CIC));
        assertFalse(single.get(0).transaction().inTransaction());
    }

    @Test
    void explicitTransactionsGetTheirOwnIds() {
        Migration m = migration(Runner.GOLANG_MIGRATE, MigrationKind.UP, null);
        Settings multiStatement = new Settings(Settings.defaults().dialect(), Settings.defaults().targetVersion(),
                "public", false, false, false, Settings.defaults().flyway(), true, Settings.defaults().java(),
                Settings.defaults().limits());
        var p = place(m, multiStatement, in(SET), in(BEGIN), in(SET), in(COMMIT), in(CIC));
        assertFalse(p.get(0).transaction().inTransaction());
        assertEquals(TransactionState.Origin.EXPLICIT, p.get(1).transaction().origin());
        assertEquals(p.get(1).transaction().id(), p.get(2).transaction().id());
        assertEquals(p.get(1).transaction().id(), p.get(3).transaction().id());
        assertFalse(p.get(4).transaction().inTransaction());
    }

    @Test
    void gooseBlocksHaveDirectionsAndNoTransactionAnnotation() {
        Migration m = migration(Runner.GOOSE, MigrationKind.VERSIONED, null);
        var p = place(m, Settings.defaults(), in(CIC, "-- +goose NO TRANSACTION", "-- +goose Up"),
                in(SET, "-- +goose Down"));
        assertEquals(Direction.UP, p.get(0).direction());
        assertEquals(Direction.DOWN, p.get(1).direction());
        assertFalse(p.get(0).transaction().inTransaction());
    }

    @Test
    void dbmateBlocksRunEachInTheirOwnTransactionUnlessTheySayOtherwise() {
        Migration m = migration(Runner.DBMATE, MigrationKind.VERSIONED, null);
        var p = place(m, Settings.defaults(), in(CIC, "-- migrate:up transaction:false"), in(SET, "-- migrate:down"));
        assertFalse(p.get(0).transaction().inTransaction());
        assertTrue(p.get(1).transaction().inTransaction());
        assertEquals(Direction.DOWN, p.get(1).direction());
        assertNotEquals(0, p.get(1).transaction().id());
    }

    @Test
    void aCommitInsideFlywaysTransactionIsFollowedByANewOne() {
        // Flyway's JDBC connection runs with autocommit off: after a COMMIT the driver opens a new transaction.
        Migration m = migration(Runner.FLYWAY, MigrationKind.VERSIONED, true);
        var p = place(m, Settings.defaults(), in(SET), in(COMMIT), in(CIC));
        assertEquals(TransactionState.Origin.TOOL, p.get(2).transaction().origin());
        assertNotEquals(p.get(0).transaction().id(), p.get(2).transaction().id());
    }

    @Test
    void aCommitInsideGoosesTransactionLeavesTheRestInAutocommit() {
        Migration m = migration(Runner.GOOSE, MigrationKind.VERSIONED, null);
        var p = place(m, Settings.defaults(), in(SET, "-- +goose Up"), in(COMMIT), in(CIC));
        assertTrue(p.get(0).transaction().inTransaction());
        assertFalse(p.get(2).transaction().inTransaction());
    }
}
