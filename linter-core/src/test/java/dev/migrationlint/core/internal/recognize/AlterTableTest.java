package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Volatility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.migrationlint.core.internal.recognize.Sql.mysql;
import static dev.migrationlint.core.internal.recognize.Sql.pg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlterTableTest {

    private static List<AlterAction> pgActions(String sql) {
        return pg(sql, Fact.AlterTable.class).actions();
    }

    private static List<AlterAction> mysqlActions(String sql) {
        return mysql(sql, Fact.AlterTable.class).actions();
    }

    private static <T extends AlterAction> T only(List<AlterAction> actions, Class<T> type) {
        assertEquals(1, actions.size(), actions::toString);
        return assertInstanceOf(type, actions.get(0));
    }

    @Test
    void header() {
        Fact.AlterTable f = pg("ALTER TABLE IF EXISTS ONLY \"Audit\".\"Users\" DROP COLUMN x", Fact.AlterTable.class);
        assertEquals(new ObjectName("Audit", "Users", true), f.table());
        assertTrue(f.ifExists());
        assertTrue(f.only());
        Fact.AlterTable plain = pg("alter table USERS drop column x", Fact.AlterTable.class);
        assertEquals(new ObjectName("public", "users", false), plain.table());
        assertFalse(plain.ifExists());
        assertFalse(plain.only());
        assertEquals(new ObjectName("public", "t", false),
                pg("ALTER TABLE ${schema}.t DROP x", Fact.AlterTable.class).table());
        assertEquals(new ObjectName("s", "t", true), pg("ALTER TABLE db.s.t DROP x", Fact.AlterTable.class).table());
    }

    @Test
    void addColumn() {
        AlterAction.AddColumn a = only(pgActions(
                "ALTER TABLE t ADD COLUMN IF NOT EXISTS c uuid NOT NULL DEFAULT gen_random_uuid()"),
                AlterAction.AddColumn.class);
        assertTrue(a.ifNotExists());
        ColumnDef c = a.column();
        assertEquals("c", c.name());
        assertEquals("uuid", c.type().name());
        assertTrue(c.notNull());
        assertEquals(Volatility.VOLATILE, c.defaultValue().volatility());
        assertEquals(List.of("gen_random_uuid"), c.defaultValue().functions());

        AlterAction.AddColumn b = only(pgActions("ALTER TABLE t ADD b int REFERENCES p CHECK (b > 0) UNIQUE"),
                AlterAction.AddColumn.class);
        assertFalse(b.ifNotExists());
        assertEquals(new ColumnDef.Reference(new ObjectName("public", "p", false), List.of()), b.column().references());
        assertEquals("b > 0", b.column().check().text());
        assertTrue(b.column().unique());

        ColumnDef s = only(pgActions("ALTER TABLE t ADD COLUMN id serial8 PRIMARY KEY"), AlterAction.AddColumn.class)
                .column();
        assertEquals("bigserial", s.type().name());
        assertTrue(s.primaryKey());
        assertTrue(s.isSerial());
    }

    @Test
    void severalActionsWithSpans() {
        String sql = "ALTER TABLE t\n  ADD COLUMN a numeric(10, 2),\n  DROP COLUMN IF EXISTS b CASCADE,\n"
                + "  ALTER COLUMN c SET NOT NULL";
        List<AlterAction> actions = pgActions(sql);
        assertEquals(3, actions.size());
        AlterAction.AddColumn add = assertInstanceOf(AlterAction.AddColumn.class, actions.get(0));
        assertEquals(List.of(10, 2), add.column().type().modifiers());
        AlterAction.DropColumn drop = assertInstanceOf(AlterAction.DropColumn.class, actions.get(1));
        assertEquals("b", drop.column());
        assertTrue(drop.ifExists());
        assertTrue(drop.cascade());
        assertInstanceOf(AlterAction.SetNotNull.class, actions.get(2));
        Span span = actions.get(1).span();
        assertEquals(3, span.startLine());
        assertEquals(3, span.startColumn());
        assertEquals(3, span.endLine());
        assertEquals(34, span.endColumn());
        assertEquals("DROP COLUMN IF EXISTS b CASCADE",
                sql.substring((int) span.startOffset(), (int) span.endOffset()));
    }

    @Test
    void columnChanges() {
        AlterAction.AlterColumnType t = only(pgActions(
                "ALTER TABLE t ALTER COLUMN c SET DATA TYPE character varying(50) COLLATE \"C\" USING c::text"),
                AlterAction.AlterColumnType.class);
        assertEquals("c", t.column());
        assertEquals("varchar", t.type().name());
        assertEquals(List.of(50), t.type().modifiers());
        assertEquals("C", t.collation());
        assertEquals("c::text", t.using().text());

        AlterAction.AlterColumnType plain = only(pgActions("ALTER TABLE t ALTER type TYPE int8"),
                AlterAction.AlterColumnType.class);
        assertEquals("type", plain.column());
        assertEquals("bigint", plain.type().name());
        assertNull(plain.using());
        assertNull(plain.collation());

        List<AlterAction> a = pgActions("ALTER TABLE t ALTER c DROP NOT NULL, ALTER COLUMN d SET DEFAULT now(), "
                + "ALTER COLUMN e DROP DEFAULT, ALTER COLUMN f SET STATISTICS 100");
        assertEquals("c", assertInstanceOf(AlterAction.DropNotNull.class, a.get(0)).column());
        AlterAction.SetDefault d = assertInstanceOf(AlterAction.SetDefault.class, a.get(1));
        assertEquals("d", d.column());
        assertEquals(Volatility.STABLE, d.value().volatility());
        assertEquals("e", assertInstanceOf(AlterAction.DropDefault.class, a.get(2)).column());
        assertEquals("ALTER COLUMN f SET STATISTICS 100",
                assertInstanceOf(AlterAction.OtherAction.class, a.get(3)).text());
    }

    @Test
    void constraints() {
        ConstraintDef fk = only(pgActions("ALTER TABLE t ADD CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id) "
                + "ON DELETE CASCADE NOT VALID"), AlterAction.AddConstraint.class).constraint();
        assertEquals("fk_p", fk.name());
        assertEquals(ConstraintDef.Kind.FOREIGN_KEY, fk.kind());
        assertEquals(List.of("p_id"), fk.columns());
        assertTrue(fk.notValid());

        ConstraintDef check = only(pgActions("ALTER TABLE t ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID"),
                AlterAction.AddConstraint.class).constraint();
        assertEquals(ConstraintDef.Kind.CHECK, check.kind());
        assertEquals(List.of("c"), check.columns());
        assertTrue(check.notValid());

        ConstraintDef unique = only(pgActions("ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX u_idx"),
                AlterAction.AddConstraint.class).constraint();
        assertEquals(ConstraintDef.Kind.UNIQUE, unique.kind());
        assertEquals("u_idx", unique.usingIndex());

        ConstraintDef pk = only(pgActions("ALTER TABLE t ADD PRIMARY KEY (id)"), AlterAction.AddConstraint.class)
                .constraint();
        assertEquals(ConstraintDef.Kind.PRIMARY_KEY, pk.kind());
        assertNull(pk.name());
        assertNull(pk.usingIndex());
        assertFalse(pk.notValid());

        assertEquals(ConstraintDef.Kind.EXCLUDE, only(pgActions(
                "ALTER TABLE t ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)"),
                AlterAction.AddConstraint.class).constraint().kind());

        List<AlterAction> a = pgActions("ALTER TABLE t VALIDATE CONSTRAINT fk_p, DROP CONSTRAINT IF EXISTS x CASCADE");
        assertEquals("fk_p", assertInstanceOf(AlterAction.ValidateConstraint.class, a.get(0)).name());
        AlterAction.DropConstraint drop = assertInstanceOf(AlterAction.DropConstraint.class, a.get(1));
        assertEquals("x", drop.name());
        assertTrue(drop.ifExists());
        assertTrue(drop.cascade());
    }

    @Test
    void renames() {
        AlterAction.RenameColumn rc = only(pgActions("ALTER TABLE t RENAME COLUMN \"Old\" TO new"),
                AlterAction.RenameColumn.class);
        assertEquals("Old", rc.from());
        assertEquals("new", rc.to());
        assertEquals("b", only(pgActions("ALTER TABLE t RENAME a TO b"), AlterAction.RenameColumn.class).to());
        AlterAction.RenameTable rt = only(pgActions("ALTER TABLE audit.t RENAME TO t_old"),
                AlterAction.RenameTable.class);
        assertEquals(new ObjectName("audit", "t_old", true), rt.to());
        AlterAction.RenameConstraint rk = only(pgActions("ALTER TABLE t RENAME CONSTRAINT a TO b"),
                AlterAction.RenameConstraint.class);
        assertEquals("a", rk.from());
        assertEquals("b", rk.to());
        assertEquals("archive", only(pgActions("ALTER TABLE t SET SCHEMA archive"), AlterAction.SetSchema.class)
                .schema());
    }

    @Test
    void partitionsAndStorage() {
        assertEquals(new ObjectName("public", "p1", false), only(pgActions(
                "ALTER TABLE m ATTACH PARTITION p1 FOR VALUES FROM (1) TO (2)"), AlterAction.AttachPartition.class)
                .partition());
        AlterAction.DetachPartition d = only(pgActions("ALTER TABLE m DETACH PARTITION p1 CONCURRENTLY"),
                AlterAction.DetachPartition.class);
        assertTrue(d.concurrently());
        assertFalse(d.finalizeDetach());
        assertTrue(only(pgActions("ALTER TABLE m DETACH PARTITION p1 FINALIZE"), AlterAction.DetachPartition.class)
                .finalizeDetach());
        assertFalse(only(pgActions("ALTER TABLE m DETACH PARTITION p1"), AlterAction.DetachPartition.class)
                .concurrently());
        List<AlterAction> s = pgActions("ALTER TABLE t SET LOGGED, SET UNLOGGED, SET TABLESPACE x, "
                + "SET ACCESS METHOD heap2, SET WITHOUT OIDS, SET (fillfactor = 70), OWNER TO bob");
        assertEquals(List.of("LOGGED", "UNLOGGED", "TABLESPACE", "ACCESS METHOD", "WITHOUT OIDS"),
                s.subList(0, 5).stream().map(x -> ((AlterAction.SetStorage) x).what()).toList());
        assertInstanceOf(AlterAction.OtherAction.class, s.get(5));
        assertEquals("OWNER TO bob", assertInstanceOf(AlterAction.OtherAction.class, s.get(6)).text());
    }

    @Test
    void mysqlActions() {
        List<AlterAction> a = mysqlActions("""
                ALTER TABLE `t`
                  ADD COLUMN `c` varchar(10) NOT NULL DEFAULT '' AFTER `b`,
                  ADD UNIQUE INDEX `uk` (`c`),
                  ADD FULLTEXT KEY ft (body),
                  ADD INDEX (a, b),
                  ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id),
                  ADD PRIMARY KEY (id),
                  DROP INDEX `old`,
                  DROP KEY k2,
                  DROP PRIMARY KEY,
                  DROP FOREIGN KEY fk_old,
                  MODIFY COLUMN `d` bigint NOT NULL,
                  CHANGE `e` `e2` int(11) DEFAULT NULL FIRST,
                  ALTER COLUMN f SET DEFAULT 1,
                  ALTER g DROP DEFAULT,
                  RENAME INDEX a TO b,
                  ENGINE=InnoDB,
                  ALGORITHM=INPLACE,
                  LOCK=NONE,
                  AUTO_INCREMENT = 100,
                  DEFAULT CHARSET=utf8mb4,
                  CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci""");
        int i = 0;
        AlterAction.AddColumn add = assertInstanceOf(AlterAction.AddColumn.class, a.get(i++));
        assertEquals("AFTER b", add.column().position());
        assertTrue(add.column().notNull());
        AlterAction.AddIndex uk = assertInstanceOf(AlterAction.AddIndex.class, a.get(i++));
        assertEquals("uk", uk.name());
        assertEquals("unique", uk.kind());
        assertEquals(List.of("c"), uk.columns());
        assertEquals("fulltext", assertInstanceOf(AlterAction.AddIndex.class, a.get(i++)).kind());
        AlterAction.AddIndex plain = assertInstanceOf(AlterAction.AddIndex.class, a.get(i++));
        assertNull(plain.name());
        assertEquals("btree", plain.kind());
        assertEquals(List.of("a", "b"), plain.columns());
        assertEquals(ConstraintDef.Kind.FOREIGN_KEY,
                assertInstanceOf(AlterAction.AddConstraint.class, a.get(i++)).constraint().kind());
        assertEquals(ConstraintDef.Kind.PRIMARY_KEY,
                assertInstanceOf(AlterAction.AddConstraint.class, a.get(i++)).constraint().kind());
        assertEquals("old", assertInstanceOf(AlterAction.DropIndex.class, a.get(i++)).name());
        assertEquals("k2", assertInstanceOf(AlterAction.DropIndex.class, a.get(i++)).name());
        assertEquals("PRIMARY", assertInstanceOf(AlterAction.DropIndex.class, a.get(i++)).name());
        assertEquals("fk_old", assertInstanceOf(AlterAction.DropConstraint.class, a.get(i++)).name());
        AlterAction.ModifyColumn modify = assertInstanceOf(AlterAction.ModifyColumn.class, a.get(i++));
        assertEquals("d", modify.from());
        assertFalse(modify.change());
        assertEquals("bigint", modify.column().type().name());
        AlterAction.ModifyColumn change = assertInstanceOf(AlterAction.ModifyColumn.class, a.get(i++));
        assertEquals("e", change.from());
        assertEquals("e2", change.column().name());
        assertEquals("FIRST", change.column().position());
        assertTrue(change.change());
        assertEquals("f", assertInstanceOf(AlterAction.SetDefault.class, a.get(i++)).column());
        assertEquals("g", assertInstanceOf(AlterAction.DropDefault.class, a.get(i++)).column());
        assertInstanceOf(AlterAction.OtherAction.class, a.get(i++));
        for (String[] option : new String[][] {{"ENGINE", "InnoDB"}, {"ALGORITHM", "INPLACE"}, {"LOCK", "NONE"},
                {"AUTO_INCREMENT", "100"}, {"CHARACTER SET", "utf8mb4"}, {"CONVERT TO CHARACTER SET", "utf8mb4"}}) {
            AlterAction.TableOption o = assertInstanceOf(AlterAction.TableOption.class, a.get(i++));
            assertEquals(option[0], o.name());
            assertEquals(option[1], o.value());
        }
        assertEquals(i, a.size());
    }

    @Test
    void mysqlRenameColumnAndTable() {
        List<AlterAction> a = mysqlActions("ALTER TABLE t RENAME COLUMN a TO b, RENAME TO u");
        assertInstanceOf(AlterAction.RenameColumn.class, a.get(0));
        assertEquals(new ObjectName("public", "u", false),
                assertInstanceOf(AlterAction.RenameTable.class, a.get(1)).to());
        assertEquals(new ObjectName("public", "v", false),
                only(mysqlActions("ALTER TABLE t RENAME AS v"), AlterAction.RenameTable.class).to());
        assertInstanceOf(AlterAction.AddColumn.class,
                mysqlActions("ALTER TABLE t ADD COLUMN x int, ALGORITHM=INSTANT").get(0));
        List<AlterAction> two = mysqlActions("ALTER TABLE t ADD (x int, y text)");
        assertEquals(List.of("x", "y"),
                two.stream().map(x -> ((AlterAction.AddColumn) x).column().name()).toList());
    }

    @Test
    void onlineAndIgnoreModifiers() {
        assertEquals(new ObjectName("public", "t", false),
                mysql("ALTER ONLINE TABLE t ADD x int", Fact.AlterTable.class).table());
        assertEquals(new ObjectName("public", "t", false),
                mysql("ALTER IGNORE TABLE t ADD UNIQUE (x)", Fact.AlterTable.class).table());
    }

    @Test
    void notAlterTable() {
        assertEquals("ALTER INDEX", pg("ALTER INDEX i RENAME TO j", Fact.Other.class).command());
        assertEquals("ALTER SEQUENCE", pg("ALTER SEQUENCE s RESTART WITH 10", Fact.Other.class).command());
        assertEquals("ALTER MATERIALIZED VIEW",
                pg("ALTER MATERIALIZED VIEW v OWNER TO x", Fact.Other.class).command());
    }
}
