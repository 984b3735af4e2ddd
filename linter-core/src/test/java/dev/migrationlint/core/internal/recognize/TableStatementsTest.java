package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Volatility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.migrationlint.core.internal.recognize.Sql.mysql;
import static dev.migrationlint.core.internal.recognize.Sql.pg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableStatementsTest {

    static ObjectName name(String table) {
        return new ObjectName("public", table, false);
    }

    static ObjectName name(String schema, String table) {
        return new ObjectName(schema, table, true);
    }

    @Nested
    class CreateIndex {
        @Test
        void plain() {
            Fact.CreateIndex f = pg("CREATE INDEX idx_users_email ON users (email);", Fact.CreateIndex.class);
            assertEquals("idx_users_email", f.name());
            assertEquals(name("users"), f.table());
            assertFalse(f.table().schemaWritten());
            assertFalse(f.unique());
            assertFalse(f.concurrently());
            assertFalse(f.ifNotExists());
            assertFalse(f.only());
            assertEquals("btree", f.kind());
            assertEquals(List.of("email"), f.columns());
            assertFalse(f.partial());
        }

        @Test
        void everyPostgresClause() {
            Fact.CreateIndex f = pg("create unique index concurrently if not exists \"Idx\" on only audit.\"Users\" "
                    + "using gin (lower(email), \"Name\" desc nulls last) include (x) with (fillfactor = 70) "
                    + "tablespace fast where deleted_at is null", Fact.CreateIndex.class);
            assertEquals("Idx", f.name());
            assertEquals(name("audit", "Users"), f.table());
            assertTrue(f.table().schemaWritten());
            assertTrue(f.unique());
            assertTrue(f.concurrently());
            assertTrue(f.ifNotExists());
            assertTrue(f.only());
            assertEquals("gin", f.kind());
            assertEquals(List.of("lower(email)", "Name"), f.columns());
            assertTrue(f.partial());
        }

        @Test
        void withoutName() {
            Fact.CreateIndex f = pg("CREATE INDEX ON t (a, b)", Fact.CreateIndex.class);
            assertNull(f.name());
            assertEquals(List.of("a", "b"), f.columns());
        }

        @Test
        void whereInsideAnExpressionIsNotPartial() {
            assertFalse(pg("CREATE INDEX i ON t ((CASE WHEN a THEN 1 END))", Fact.CreateIndex.class).partial());
        }

        @Test
        void placeholderSchemaIsTheDefaultSchema() {
            Fact.CreateIndex f = pg("CREATE INDEX i ON ${schema}.t (a)", Fact.CreateIndex.class);
            assertEquals(name("t"), f.table());
            assertFalse(f.table().schemaWritten());
            assertEquals(name("t"), pg("CREATE INDEX i ON ${flyway:defaultSchema}.t (a)", Fact.CreateIndex.class)
                    .table());
        }

        @Test
        void mysqlKindsAndOnlineClauses() {
            Fact.CreateIndex f = mysql("CREATE FULLTEXT INDEX ft ON `Posts` (title, body) ALGORITHM=INPLACE LOCK=NONE",
                    Fact.CreateIndex.class);
            assertEquals("fulltext", f.kind());
            assertEquals(name("Posts"), f.table());
            assertEquals("INPLACE", f.algorithm());
            assertEquals("NONE", f.lock());
            assertEquals("spatial", mysql("CREATE SPATIAL INDEX sp ON t (g)", Fact.CreateIndex.class).kind());
            Fact.CreateIndex u = mysql("CREATE UNIQUE INDEX u USING BTREE ON t (a(10), b) LOCK = SHARED",
                    Fact.CreateIndex.class);
            assertTrue(u.unique());
            assertEquals("btree", u.kind());
            assertEquals(List.of("a", "b"), u.columns());
            assertNull(u.algorithm());
            assertEquals("SHARED", u.lock());
        }
    }

    @Nested
    class DropIndex {
        @Test
        void postgres() {
            Fact.DropIndex f = pg("DROP INDEX CONCURRENTLY IF EXISTS a, s.\"B\" CASCADE", Fact.DropIndex.class);
            assertTrue(f.concurrently());
            assertTrue(f.ifExists());
            assertEquals(List.of(name("a"), name("s", "B")), f.indexes());
            assertNull(f.table());
            assertFalse(pg("drop index i", Fact.DropIndex.class).concurrently());
        }

        @Test
        void mysqlOnTable() {
            Fact.DropIndex f = mysql("DROP INDEX `idx` ON app.t", Fact.DropIndex.class);
            assertEquals(name("app", "t"), f.table());
            assertEquals(List.of(name("app", "idx")), f.indexes());
        }
    }

    @Nested
    class CreateTable {
        @Test
        void columnsAndConstraints() {
            Fact.CreateTable f = pg("""
                    CREATE TABLE IF NOT EXISTS public.orders (
                        id bigserial PRIMARY KEY,
                        "User_Id" int4 NOT NULL REFERENCES users (id) ON DELETE SET NULL,
                        total numeric(10, 2) DEFAULT 0 CHECK (total >= 0),
                        code varchar(20) COLLATE "C" UNIQUE,
                        created_at timestamp with time zone NOT NULL DEFAULT now(),
                        tags text[] DEFAULT '{}'::text[],
                        id2 integer GENERATED ALWAYS AS IDENTITY,
                        total2 numeric GENERATED ALWAYS AS (total * 2) STORED,
                        CONSTRAINT orders_code_key UNIQUE (code),
                        FOREIGN KEY ("User_Id", code) REFERENCES other.users (id, code),
                        CHECK (total IS NOT NULL),
                        EXCLUDE USING gist (period WITH &&)
                    )""", Fact.CreateTable.class);
            assertEquals(name("public", "orders"), f.table());
            assertTrue(f.ifNotExists());
            assertFalse(f.temporary());
            assertFalse(f.asSelect());
            assertNull(f.partitionOf());
            List<ColumnDef> c = f.columns();
            assertEquals(List.of("id", "User_Id", "total", "code", "created_at", "tags", "id2", "total2"),
                    c.stream().map(ColumnDef::name).toList());
            assertEquals("bigserial", c.get(0).type().name());
            assertTrue(c.get(0).primaryKey());
            assertTrue(c.get(0).isSerial());
            assertEquals("integer", c.get(1).type().name());
            assertTrue(c.get(1).notNull());
            assertEquals(new ColumnDef.Reference(name("users"), List.of("id")), c.get(1).references());
            assertEquals(List.of(10, 2), c.get(2).type().modifiers());
            assertEquals("0", c.get(2).defaultValue().text());
            assertEquals("total >= 0", c.get(2).check().text());
            assertEquals("C", c.get(3).collation());
            assertTrue(c.get(3).unique());
            assertEquals("timestamptz", c.get(4).type().name());
            assertEquals(Volatility.STABLE, c.get(4).defaultValue().volatility());
            assertTrue(c.get(4).notNull());
            assertTrue(c.get(5).type().array());
            assertEquals(Volatility.CONSTANT, c.get(5).defaultValue().volatility());
            assertEquals(ColumnDef.Generated.IDENTITY, c.get(6).generated());
            assertEquals(ColumnDef.Generated.STORED, c.get(7).generated());

            List<ConstraintDef> k = f.constraints();
            assertEquals(4, k.size());
            assertEquals(new ConstraintDef("orders_code_key", ConstraintDef.Kind.UNIQUE, List.of("code"), null, null,
                    null, false), k.get(0));
            assertEquals(ConstraintDef.Kind.FOREIGN_KEY, k.get(1).kind());
            assertEquals(List.of("User_Id", "code"), k.get(1).columns());
            assertEquals(new ColumnDef.Reference(name("other", "users"), List.of("id", "code")), k.get(1).references());
            assertEquals(ConstraintDef.Kind.CHECK, k.get(2).kind());
            assertEquals(List.of("total"), k.get(2).columns());
            assertEquals("total IS NOT NULL", k.get(2).expression().text());
            assertEquals(ConstraintDef.Kind.EXCLUDE, k.get(3).kind());
        }

        @Test
        void columnSpanCoversItsDefinition() {
            Fact.CreateTable f = pg("CREATE TABLE t (\n  a int NOT NULL,\n  b text\n)", Fact.CreateTable.class);
            ColumnDef a = f.columns().get(0);
            assertEquals(2, a.span().startLine());
            assertEquals(3, a.span().startColumn());
            assertEquals(17, a.span().endColumn()); // exclusive: just after "NULL"
        }

        @Test
        void forms() {
            Fact.CreateTable temp = pg("CREATE TEMP TABLE t (a int)", Fact.CreateTable.class);
            assertTrue(temp.temporary());
            assertTrue(pg("CREATE UNLOGGED TABLE t (a int)", Fact.CreateTable.class).unlogged());
            Fact.CreateTable as = pg("CREATE TABLE t AS SELECT * FROM u", Fact.CreateTable.class);
            assertTrue(as.asSelect());
            assertTrue(as.columns().isEmpty());
            assertTrue(pg("CREATE TABLE t (a, b) AS SELECT 1, 2", Fact.CreateTable.class).asSelect());
            Fact.CreateTable part = pg("CREATE TABLE m_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') "
                    + "TO ('2025-01-01')", Fact.CreateTable.class);
            assertEquals(name("measurements"), part.partitionOf());
            Fact.CreateTable like = pg("CREATE TABLE t (LIKE u INCLUDING ALL, extra int)", Fact.CreateTable.class);
            assertEquals(List.of("extra"), like.columns().stream().map(ColumnDef::name).toList());
            assertEquals(name("t"), mysql("CREATE TABLE t LIKE u", Fact.CreateTable.class).table());
        }

        @Test
        void columnNamedKeyInPostgres() {
            Fact.CreateTable f = pg("CREATE TABLE settings (key varchar(255) PRIMARY KEY, value text)",
                    Fact.CreateTable.class);
            assertEquals(List.of("key", "value"), f.columns().stream().map(ColumnDef::name).toList());
            assertEquals(List.of(255), f.columns().get(0).type().modifiers());
        }

        @Test
        void mysqlTable() {
            Fact.CreateTable f = mysql("""
                    CREATE TABLE `app`.`Users` (
                      `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
                      `email` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
                      `active` tinyint(1) NOT NULL DEFAULT '1',
                      `status` enum('a','b') DEFAULT NULL,
                      `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                      `full_name` varchar(100) AS (concat(first, last)) VIRTUAL,
                      `uuid` binary(16) NOT NULL DEFAULT (uuid_to_bin(uuid())) COMMENT 'an id',
                      PRIMARY KEY (`id`),
                      UNIQUE KEY `uk_email` (`email`),
                      KEY `idx_active` (`active`),
                      FULLTEXT KEY `ft` (`email`),
                      CONSTRAINT `fk_x` FOREIGN KEY (`active`) REFERENCES `other` (`id`) ON DELETE CASCADE
                    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""", Fact.CreateTable.class);
            assertEquals(name("app", "Users"), f.table());
            List<ColumnDef> c = f.columns();
            assertEquals(List.of("id", "email", "active", "status", "updated", "full_name", "uuid"),
                    c.stream().map(ColumnDef::name).toList());
            assertEquals("integer", c.get(0).type().name());
            assertEquals("int(11) unsigned", c.get(0).type().raw());
            assertTrue(c.get(0).autoIncrement());
            assertTrue(c.get(0).notNull());
            assertEquals("utf8mb4", c.get(1).charset());
            assertEquals("utf8mb4_bin", c.get(1).collation());
            assertTrue(c.get(1).notNull());
            assertEquals("tinyint", c.get(2).type().name());
            assertEquals(List.of(1), c.get(2).type().modifiers());
            assertEquals("'1'", c.get(2).defaultValue().text());
            assertEquals("enum", c.get(3).type().name());
            assertEquals("enum('a','b')", c.get(3).type().raw());
            assertEquals("NULL", c.get(3).defaultValue().text());
            assertEquals(Volatility.STABLE, c.get(4).defaultValue().volatility());
            assertTrue(c.get(4).notNull());
            assertEquals(ColumnDef.Generated.VIRTUAL, c.get(5).generated());
            assertEquals(Volatility.VOLATILE, c.get(6).defaultValue().volatility());
            assertEquals(List.of("uuid_to_bin", "uuid"), c.get(6).defaultValue().functions());
            List<ConstraintDef> k = f.constraints();
            assertEquals(List.of(ConstraintDef.Kind.PRIMARY_KEY, ConstraintDef.Kind.UNIQUE,
                    ConstraintDef.Kind.FOREIGN_KEY), k.stream().map(ConstraintDef::kind).toList());
            assertEquals("uk_email", k.get(1).name());
            assertEquals(List.of("email"), k.get(1).columns());
            assertEquals("fk_x", k.get(2).name());
        }

        @Test
        void goTemplatesChooseTheDialectsBranch() {
            Fact.CreateTable f = pg("""
                    CREATE TABLE IF NOT EXISTS {{.prefix}}users (
                        id VARCHAR(100),
                        props {{if .postgres}}JSON{{else}}TEXT{{end}},
                        {{if .mysql}}x DATETIME(6),{{end}}
                        PRIMARY KEY (id)
                    ) {{if .mysql}}DEFAULT CHARACTER SET utf8mb4{{end}};""", Fact.CreateTable.class);
            assertEquals(name("{{.prefix}}users"), f.table());
            assertEquals(List.of("id", "props"), f.columns().stream().map(ColumnDef::name).toList());
            assertEquals("json", f.columns().get(1).type().name());
            assertEquals("text", mysql("CREATE TABLE t (props {{if .postgres}}JSON{{else}}TEXT{{end}})",
                    Fact.CreateTable.class).columns().get(0).type().name());
        }

        @Test
        void templateSchema() {
            Fact.CreateTable f = pg("CREATE TABLE {{ index .Options \"Namespace\" }}.users (id uuid)",
                    Fact.CreateTable.class);
            assertEquals(name("users"), f.table());
        }
    }

    @Nested
    class OtherTableStatements {
        @Test
        void dropTable() {
            Fact.DropTable f = pg("DROP TABLE IF EXISTS a, s.b CASCADE", Fact.DropTable.class);
            assertEquals(List.of(name("a"), name("s", "b")), f.tables());
            assertTrue(f.ifExists());
            assertTrue(f.cascade());
            Fact.DropTable m = mysql("DROP TEMPORARY TABLE `T`", Fact.DropTable.class);
            assertEquals(List.of(name("T")), m.tables());
            assertFalse(m.ifExists());
            assertFalse(m.cascade());
        }

        @Test
        void truncate() {
            Fact.Truncate f = pg("TRUNCATE TABLE ONLY a, b * RESTART IDENTITY CASCADE", Fact.Truncate.class);
            assertEquals(List.of(name("a"), name("b")), f.tables());
            assertTrue(f.cascade());
            assertFalse(pg("truncate x", Fact.Truncate.class).cascade());
        }

        @Test
        void mysqlRenameTable() {
            Fact.RenameTables f = mysql("RENAME TABLE a TO b, db.c TO db.d", Fact.RenameTables.class);
            assertEquals(List.of(new Fact.RenameTables.Rename(name("a"), name("b")),
                    new Fact.RenameTables.Rename(name("db", "c"), name("db", "d"))), f.renames());
        }
    }
}
