package dev.migrationlint.rules.support;

import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.internal.recognize.Recognizer;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Origin;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.rules.support.Locks.Mode;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lock model against what {@code pg_locks} showed on PostgreSQL 15 for each statement. */
class LocksTest {

    private static final TargetVersion PG15 = TargetVersion.parse("15");
    private static final Recognizer RECOGNIZER = new Recognizer(Dialect.POSTGRESQL, "public");
    private static final Origin ORIGIN = new Origin("db/migration/V1__x.sql", null, 0, 0);

    /** users (with index users_email_idx) and orders, whose orders_user_fk references users. */
    private static final Catalog CATALOG = new Catalog() {
        private final Map<ObjectName, Table> tables = Map.of(
                name("users"), new Table(name("users"), ORIGIN, List.of(),
                        List.of(new Index(name("users_email_idx"), List.of("email"), false, false, ORIGIN)), List.of()),
                name("orders"), new Table(name("orders"), ORIGIN, List.of(), List.of(), List.of(
                        new Constraint("orders_user_fk", ConstraintDef.Kind.FOREIGN_KEY, List.of("user_id"), null,
                                new ColumnDef.Reference(name("users"), List.of("id")), true, ORIGIN))));

        @Override
        public Optional<Table> table(ObjectName n) {
            return Optional.ofNullable(tables.get(n));
        }

        @Override
        public Collection<Table> tables() {
            return tables.values();
        }
    };

    private static ObjectName name(String table) {
        return new ObjectName("public", table, false);
    }

    /** table name -> mode, for one statement. */
    private static Map<String, Mode> locks(String sql, TargetVersion version) {
        Fact fact = RECOGNIZER.recognize(Splitter.split(sql, LexOptions.of(Dialect.POSTGRESQL)).statements().get(0)
                .tokens());
        return Locks.taken(fact, CATALOG, version).stream().collect(Collectors.toMap(
                l -> (l.viaIndex() ? "index " : "") + l.table().name(), Locks.Lock::mode, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Mode> locks(String sql) {
        return locks(sql, PG15);
    }

    @Test
    void mostAlterTableActionsTakeAccessExclusive() {
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("ALTER TABLE users ADD COLUMN c int"));
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("ALTER TABLE users ALTER COLUMN a SET DEFAULT 5"));
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("ALTER TABLE users SET LOGGED"));
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("ALTER TABLE users ALTER COLUMN b SET STORAGE EXTERNAL"));
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("ALTER TABLE users REPLICA IDENTITY FULL"));
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("ALTER TABLE users ADD CONSTRAINT c CHECK (a > 0) NOT VALID"));
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("ALTER TABLE users SET (user_catalog_table = true)"));
    }

    @Test
    void someAlterTableActionsTakeWeakerLocks() {
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("ALTER TABLE users ALTER COLUMN a SET STATISTICS 100"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("ALTER TABLE users ALTER COLUMN a SET (n_distinct = 5)"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("ALTER TABLE users SET (fillfactor = 70)"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("ALTER TABLE users RESET (fillfactor)"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("ALTER TABLE users VALIDATE CONSTRAINT c"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("ALTER TABLE users CLUSTER ON users_email_idx"));
        assertEquals(Map.of("users", Mode.SHARE_ROW_EXCLUSIVE), locks("ALTER TABLE users DISABLE TRIGGER ALL"));
    }

    @Test
    void foreignKeysLockBothTables() {
        assertEquals(Map.of("orders", Mode.SHARE_ROW_EXCLUSIVE, "users", Mode.SHARE_ROW_EXCLUSIVE),
                locks("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID"));
        assertEquals(Map.of("orders", Mode.ACCESS_EXCLUSIVE, "users", Mode.SHARE_ROW_EXCLUSIVE),
                locks("ALTER TABLE orders ADD COLUMN owner_id bigint REFERENCES users (id)"));
        // The new table itself is nobody else's business.
        assertEquals(Map.of("users", Mode.SHARE_ROW_EXCLUSIVE),
                locks("CREATE TABLE addresses (id bigint, user_id bigint REFERENCES users (id))"));
        // Dropping a foreign key (or its table) drops its triggers on the referenced table.
        assertEquals(Map.of("orders", Mode.ACCESS_EXCLUSIVE, "users", Mode.ACCESS_EXCLUSIVE),
                locks("ALTER TABLE orders DROP CONSTRAINT orders_user_fk"));
        assertEquals(Map.of("orders", Mode.ACCESS_EXCLUSIVE, "users", Mode.ACCESS_EXCLUSIVE), locks("DROP TABLE orders"));
    }

    @Test
    void partitions() {
        assertEquals(Map.of("events", Mode.ACCESS_EXCLUSIVE),
                locks("CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM (1) TO (2)"));
        assertEquals(Map.of("events", Mode.SHARE_UPDATE_EXCLUSIVE, "events_1", Mode.ACCESS_EXCLUSIVE),
                locks("ALTER TABLE events ATTACH PARTITION events_1 FOR VALUES FROM (1) TO (2)"));
        assertEquals(Map.of("events", Mode.ACCESS_EXCLUSIVE, "events_1", Mode.ACCESS_EXCLUSIVE),
                locks("ALTER TABLE events ATTACH PARTITION events_1 FOR VALUES FROM (1) TO (2)", TargetVersion.parse("11")));
        assertEquals(Map.of("events", Mode.ACCESS_EXCLUSIVE, "events_1", Mode.ACCESS_EXCLUSIVE),
                locks("ALTER TABLE events DETACH PARTITION events_1"));
        assertEquals(Map.of("events", Mode.SHARE_UPDATE_EXCLUSIVE, "events_1", Mode.ACCESS_EXCLUSIVE),
                locks("ALTER TABLE events DETACH PARTITION events_1 CONCURRENTLY"));
    }

    @Test
    void indexes() {
        assertEquals(Map.of("users", Mode.SHARE), locks("CREATE INDEX ON users (email)"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("CREATE INDEX CONCURRENTLY ON users (email)"));
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("DROP INDEX users_email_idx"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("DROP INDEX CONCURRENTLY users_email_idx"));
        assertEquals(Map.of("index unknown_idx", Mode.ACCESS_EXCLUSIVE), locks("DROP INDEX unknown_idx"));
        assertEquals(Map.of("users", Mode.SHARE), locks("REINDEX TABLE users"));
        assertEquals(Map.of("users", Mode.SHARE), locks("REINDEX INDEX users_email_idx"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("REINDEX TABLE CONCURRENTLY users"));
    }

    @Test
    void maintenanceAndData() {
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("VACUUM FULL users"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("VACUUM users"));
        assertEquals(Map.of("users", Mode.ACCESS_EXCLUSIVE), locks("CLUSTER users USING users_email_idx"));
        assertEquals(Map.of("totals", Mode.ACCESS_EXCLUSIVE), locks("REFRESH MATERIALIZED VIEW totals"));
        assertEquals(Map.of("totals", Mode.EXCLUSIVE), locks("REFRESH MATERIALIZED VIEW CONCURRENTLY totals"));
        assertEquals(Map.of("orders", Mode.ACCESS_EXCLUSIVE, "users", Mode.ACCESS_EXCLUSIVE), locks("TRUNCATE users, orders"));
        assertEquals(Map.of("users", Mode.ROW_EXCLUSIVE), locks("UPDATE users SET email = lower(email)"));
        assertEquals(Map.of("users", Mode.SHARE_UPDATE_EXCLUSIVE), locks("COMMENT ON TABLE users IS 'people'"));
        assertEquals(Map.of(), locks("SELECT * FROM users"));
    }

    @Test
    void conflictTable() {
        assertTrue(Mode.SHARE.blocksWrites());
        assertFalse(Mode.SHARE.conflictsWith(Mode.SHARE));
        assertFalse(Mode.SHARE_UPDATE_EXCLUSIVE.blocksWrites());
        assertTrue(Mode.SHARE_UPDATE_EXCLUSIVE.conflictsWith(Mode.SHARE_UPDATE_EXCLUSIVE));
        assertFalse(Mode.EXCLUSIVE.blocksReads());
        assertTrue(Mode.EXCLUSIVE.conflictsWith(Mode.ROW_SHARE));
        assertTrue(Mode.ACCESS_EXCLUSIVE.conflictsWith(Mode.ACCESS_SHARE));
        for (Mode a : Mode.values()) {
            for (Mode b : Mode.values()) {
                assertEquals(a.conflictsWith(b), b.conflictsWith(a), a + " / " + b);
            }
        }
    }
}
