package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Fact.DatabaseObject;
import dev.migrationlint.core.spi.Fact.DmlKind;
import dev.migrationlint.core.spi.Fact.ReindexTarget;
import dev.migrationlint.core.spi.Fact.TransactionKind;
import dev.migrationlint.core.spi.Fact.TypeAction;
import dev.migrationlint.core.spi.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.migrationlint.core.internal.recognize.Sql.mysql;
import static dev.migrationlint.core.internal.recognize.Sql.pg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Statements other than CREATE/ALTER/DROP TABLE and INDEX: one expected fact per statement. */
class StatementsTest {

    private static ObjectName name(String table) {
        return new ObjectName("public", table, false);
    }

    private static Fact.Dml dml(DmlKind kind, String table, boolean hasWhere, boolean copyFrom) {
        return new Fact.Dml(kind, table == null ? null : name(table), hasWhere, copyFrom);
    }

    @Test
    void dml() {
        assertEquals(dml(DmlKind.INSERT, "t", false, false), pg("INSERT INTO t (a) VALUES (1)"));
        assertEquals(dml(DmlKind.INSERT, "t", false, false),
                pg("INSERT INTO t SELECT * FROM u WHERE x ON CONFLICT (a) DO UPDATE SET a = 1 WHERE t.a > 0"));
        assertEquals(dml(DmlKind.UPDATE, "users", false, false), pg("UPDATE users SET active = true"));
        assertEquals(dml(DmlKind.UPDATE, "users", true, false),
                pg("UPDATE ONLY users AS u SET a = (SELECT 1 FROM x WHERE y) WHERE id < 100"));
        assertEquals(dml(DmlKind.UPDATE, "users", false, false),
                pg("UPDATE users SET a = (SELECT b FROM x WHERE x.id = users.id)"));
        assertEquals(dml(DmlKind.DELETE, "t", false, false), pg("DELETE FROM t"));
        assertEquals(dml(DmlKind.DELETE, "t", true, false), pg("DELETE FROM t USING u WHERE t.id = u.id"));
        assertEquals(dml(DmlKind.DELETE, "t", false, false),
                pg("WITH old AS (SELECT id FROM t WHERE created < now()) DELETE FROM t"));
        assertEquals(dml(DmlKind.UPDATE, "t", true, false),
                pg("WITH RECURSIVE x AS (SELECT 1) UPDATE t SET a = 1 FROM x WHERE t.id = x.id"));
        assertEquals(dml(DmlKind.MERGE, "t", false, false), pg("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED "
                + "THEN UPDATE SET a = s.a"));
        assertEquals(dml(DmlKind.COPY, "t", false, true), pg("COPY t (a, b) FROM stdin;\n1\t2\n\\.\n"));
        assertEquals(dml(DmlKind.COPY, "t", false, false), pg("COPY t TO '/tmp/x.csv' WITH (FORMAT csv)"));
        assertEquals(dml(DmlKind.COPY, null, false, false), pg("COPY (SELECT * FROM t) TO STDOUT"));
        assertEquals(dml(DmlKind.SELECT, null, false, false), pg("SELECT setval('s', 10)"));
        assertEquals(dml(DmlKind.SELECT, null, false, false), pg("(SELECT 1) UNION (SELECT 2)"));
        assertEquals(dml(DmlKind.SELECT, null, false, false), pg("WITH x AS (SELECT 1) SELECT * FROM x"));
        assertEquals(dml(DmlKind.SELECT, null, false, false), pg("VALUES (1), (2)"));
    }

    @Test
    void mysqlDml() {
        assertEquals(dml(DmlKind.REPLACE, "t", false, false), mysql("REPLACE INTO t VALUES (1)"));
        assertEquals(dml(DmlKind.INSERT, "T", false, false), mysql("INSERT IGNORE `T` SET a = 1"));
        assertEquals(dml(DmlKind.DELETE, "t1", true, false), mysql("DELETE t1 FROM t1 JOIN t2 ON t1.a = t2.a WHERE 1"));
        assertEquals(dml(DmlKind.UPDATE, "t", false, false), mysql("UPDATE LOW_PRIORITY t SET a = 1 LIMIT 10"));
    }

    @Test
    void settings() {
        assertEquals(new Fact.SetSetting("lock_timeout", "2s", false), pg("SET lock_timeout = '2s'"));
        assertEquals(new Fact.SetSetting("lock_timeout", "2000", true), pg("SET LOCAL lock_timeout TO 2000"));
        assertEquals(new Fact.SetSetting("statement_timeout", "0", false), pg("set session statement_timeout = 0"));
        assertEquals(new Fact.SetSetting("search_path", "DEFAULT", false), pg("SET search_path TO DEFAULT"));
        assertEquals(new Fact.SetSetting("search_path", "public, \"$user\"", false),
                pg("SET search_path = public, \"$user\""));
        assertEquals(new Fact.SetSetting("timezone", "UTC", false), pg("SET TIME ZONE 'UTC'"));
        assertEquals(new Fact.SetSetting("lock_timeout", "DEFAULT", false), pg("RESET lock_timeout"));
        assertEquals(new Fact.SetSetting("all", "DEFAULT", false), pg("RESET ALL"));
        assertEquals(new Fact.SetSetting("app.tenant", "DEFAULT", false), pg("RESET app.tenant"));
        assertEquals(new Fact.SetSetting("session_authorization", "DEFAULT", false), pg("RESET SESSION AUTHORIZATION"));
        assertEquals(new Fact.SetSetting("lock_timeout", "2s", true),
                pg("SELECT set_config('lock_timeout', '2s', true)"));
        assertEquals(new Fact.SetSetting("search_path", "", false),
                pg("SELECT pg_catalog.set_config('search_path', '', false)"));
        assertEquals(new Fact.SetSetting("client_encoding", "UTF8", false), pg("SET client_encoding = 'UTF8'"));
        assertEquals(new Fact.SetSetting("session_authorization", "bob", false), pg("SET SESSION AUTHORIZATION bob"));
        assertEquals("SET TRANSACTION", pg("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE").command());
        assertEquals("SET CONSTRAINTS", pg("SET CONSTRAINTS ALL DEFERRED").command());
    }

    @Test
    void mysqlSettings() {
        assertEquals(new Fact.SetSetting("lock_wait_timeout", "5", false),
                mysql("SET SESSION lock_wait_timeout = 5"));
        assertEquals(new Fact.SetSetting("lock_wait_timeout", "5", false), mysql("SET GLOBAL lock_wait_timeout = 5"));
        assertEquals(new Fact.SetSetting("lock_wait_timeout", "5", false),
                mysql("SET @@session.lock_wait_timeout = 5"));
        assertEquals(new Fact.SetSetting("foreign_key_checks", "0", false), mysql("SET foreign_key_checks = 0"));
        assertEquals(new Fact.SetSetting("foreign_key_checks", "0", false),
                mysql("SET @old := 1, FOREIGN_KEY_CHECKS = 0"));
        assertEquals(new Fact.SetSetting("lock_wait_timeout", "5", false), mysql("SET LOCAL lock_wait_timeout = 5"));
        assertEquals(new Fact.SetSetting("names", "utf8mb4", false), mysql("SET NAMES utf8mb4"));
        assertEquals(new Fact.Other("SET"), mysql("SET @s = (SELECT IF(a, 'x', 'y'))"));
    }

    @Test
    void transactions() {
        assertEquals(TransactionKind.BEGIN, pg("BEGIN", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.BEGIN, pg("BEGIN WORK", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.BEGIN, pg("BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                Fact.Transaction.class).kind());
        assertEquals(TransactionKind.BEGIN, pg("START TRANSACTION", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.COMMIT, pg("COMMIT", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.COMMIT, pg("END", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.COMMIT, pg("end transaction", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.ROLLBACK, pg("ROLLBACK", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.ROLLBACK, pg("ABORT", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.ROLLBACK_TO_SAVEPOINT, pg("ROLLBACK TO SAVEPOINT a", Fact.Transaction.class)
                .kind());
        assertEquals(TransactionKind.ROLLBACK_TO_SAVEPOINT, pg("ROLLBACK WORK TO a", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.SAVEPOINT, pg("SAVEPOINT a", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.RELEASE_SAVEPOINT, pg("RELEASE SAVEPOINT a", Fact.Transaction.class).kind());
        assertEquals(TransactionKind.PREPARE_TRANSACTION, pg("PREPARE TRANSACTION 'x'", Fact.Transaction.class)
                .kind());
        assertEquals(new Fact.Other("PREPARE"), pg("PREPARE q AS SELECT 1"));
        assertEquals(new Fact.Other("COMMIT PREPARED"), pg("COMMIT PREPARED 'x'"));
        assertEquals(TransactionKind.BEGIN, mysql("START TRANSACTION", Fact.Transaction.class).kind());
    }

    @Test
    void beginOfABlockIsNoTransaction() {
        List<Fact> facts = Sql.facts(Dialect.POSTGRESQL, "BEGIN\n  EXECUTE IMMEDIATE 'x';\nEND;\n/\n");
        assertInstanceOf(Fact.Other.class, facts.get(0));
    }

    @Test
    void maintenance() {
        assertEquals(new Fact.Reindex(ReindexTarget.INDEX, name("i"), false), pg("REINDEX INDEX i"));
        assertEquals(new Fact.Reindex(ReindexTarget.TABLE, name("t"), true), pg("REINDEX TABLE CONCURRENTLY t"));
        assertEquals(new Fact.Reindex(ReindexTarget.TABLE, name("t"), true),
                pg("REINDEX (VERBOSE, CONCURRENTLY) TABLE t"));
        assertEquals(new Fact.Reindex(ReindexTarget.TABLE, name("t"), false),
                pg("REINDEX (CONCURRENTLY false) TABLE t"));
        assertEquals(ReindexTarget.SCHEMA, pg("REINDEX SCHEMA app", Fact.Reindex.class).target());
        assertEquals("app", pg("REINDEX SCHEMA app", Fact.Reindex.class).name().name());
        assertEquals(new Fact.Reindex(ReindexTarget.DATABASE, null, false), pg("REINDEX DATABASE"));
        assertEquals(new Fact.Vacuum(false, List.of()), pg("VACUUM"));
        assertEquals(new Fact.Vacuum(true, List.of(name("a"), name("b"))), pg("VACUUM FULL ANALYZE a, b (x)"));
        assertEquals(new Fact.Vacuum(true, List.of(name("t"))), pg("VACUUM (FULL, ANALYZE) t"));
        assertEquals(new Fact.Vacuum(false, List.of(name("t"))), pg("VACUUM (FULL false) t"));
        assertEquals(new Fact.Cluster(name("t")), pg("CLUSTER t USING t_idx"));
        assertEquals(new Fact.Cluster(name("t")), pg("CLUSTER t_idx ON t"));
        assertEquals(new Fact.Cluster(null), pg("CLUSTER"));
        assertEquals(new Fact.RefreshMaterializedView(name("v"), true, false),
                pg("REFRESH MATERIALIZED VIEW CONCURRENTLY v"));
        assertEquals(new Fact.RefreshMaterializedView(name("v"), false, true),
                pg("REFRESH MATERIALIZED VIEW v WITH NO DATA"));
    }

    @Test
    void schemaObjects() {
        assertEquals(new Fact.CreateView(name("v"), false, true), pg("CREATE OR REPLACE VIEW v AS SELECT 1"));
        assertEquals(new Fact.CreateView(name("v"), false, false), pg("CREATE TEMP RECURSIVE VIEW v (n) AS SELECT 1"));
        assertEquals(new Fact.CreateView(name("m"), true, false),
                pg("CREATE MATERIALIZED VIEW IF NOT EXISTS m AS SELECT 1 WITH NO DATA"));
        assertEquals(new Fact.CreateView(name("v"), false, true),
                mysql("CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW v AS SELECT 1"));
        assertEquals(new Fact.AlterType(name("mood"), TypeAction.ADD_VALUE, true),
                pg("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'"));
        assertEquals(new Fact.AlterType(name("mood"), TypeAction.ADD_VALUE, false),
                pg("ALTER TYPE mood ADD VALUE 'meh'"));
        assertEquals(new Fact.AlterType(name("mood"), TypeAction.RENAME_VALUE, false),
                pg("ALTER TYPE mood RENAME VALUE 'a' TO 'b'"));
        assertEquals(new Fact.AlterType(name("mood"), TypeAction.RENAME, false), pg("ALTER TYPE mood RENAME TO m"));
        assertEquals(new Fact.AlterType(name("mood"), TypeAction.OTHER, false), pg("ALTER TYPE mood OWNER TO x"));
        assertEquals(new Fact.AlterDomain(name("d"), true, true),
                pg("ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0) NOT VALID"));
        assertEquals(new Fact.AlterDomain(name("d"), true, false), pg("ALTER DOMAIN d ADD CHECK (VALUE > 0)"));
        assertEquals(new Fact.AlterDomain(name("d"), false, false), pg("ALTER DOMAIN d SET DEFAULT 1"));
    }

    @Test
    void databaseObjects() {
        assertEquals(new Fact.DatabaseObjectChange(false, DatabaseObject.SCHEMA, List.of("a", "B"), true, true),
                pg("DROP SCHEMA IF EXISTS a, \"B\" CASCADE"));
        assertEquals(new Fact.DatabaseObjectChange(true, DatabaseObject.SCHEMA, List.of("app"), true, false),
                pg("CREATE SCHEMA IF NOT EXISTS app AUTHORIZATION bob"));
        assertEquals(new Fact.DatabaseObjectChange(true, DatabaseObject.SCHEMA, List.of("bob"), false, false),
                pg("CREATE SCHEMA AUTHORIZATION bob"));
        assertEquals(new Fact.DatabaseObjectChange(true, DatabaseObject.DATABASE, List.of("db"), false, false),
                pg("CREATE DATABASE db WITH OWNER x"));
        assertEquals(new Fact.DatabaseObjectChange(false, DatabaseObject.DATABASE, List.of("db"), false, false),
                mysql("DROP DATABASE db"));
        assertEquals(new Fact.DatabaseObjectChange(true, DatabaseObject.TABLESPACE, List.of("fast"), false, false),
                pg("CREATE TABLESPACE fast LOCATION '/ssd'"));
        assertEquals(new Fact.DatabaseObjectChange(false, DatabaseObject.SUBSCRIPTION, List.of("s"), false, false),
                pg("DROP SUBSCRIPTION s"));
    }

    @Test
    void commentsAndNonTransactional() {
        assertEquals(new Fact.Comment("TABLE", new ObjectName("app", "t", true), null),
                pg("COMMENT ON TABLE app.t IS 'x'"));
        assertEquals(new Fact.Comment("COLUMN", name("t"), "Col"), pg("COMMENT ON COLUMN t.\"Col\" IS 'x'"));
        assertEquals(new Fact.Comment("COLUMN", new ObjectName("s", "t", true), "c"),
                pg("COMMENT ON COLUMN db.s.t.c IS NULL"));
        assertEquals(new Fact.Other("COMMENT"), pg("COMMENT ON FUNCTION f(int) IS 'x'"));
        assertEquals(new Fact.NonTransactional("ALTER SYSTEM"), pg("ALTER SYSTEM SET work_mem = '1GB'"));
        assertEquals(new Fact.NonTransactional("DISCARD ALL"), pg("DISCARD ALL"));
        assertEquals(new Fact.MetaCommand("set ON_ERROR_STOP 1"), pg("\\set ON_ERROR_STOP 1\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql | CREATE FUNCTION",
        "CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN END $$ | CREATE PROCEDURE",
        "CREATE SEQUENCE IF NOT EXISTS s START 1 | CREATE SEQUENCE",
        "CREATE EXTENSION IF NOT EXISTS pgcrypto | CREATE EXTENSION",
        "CREATE TYPE mood AS ENUM ('a', 'b') | CREATE TYPE",
        "CREATE DOMAIN d AS int CHECK (VALUE > 0) | CREATE DOMAIN",
        "CREATE ROLE r LOGIN | CREATE ROLE",
        "CREATE USER u WITH PASSWORD 'x' | CREATE USER",
        "CREATE STATISTICS s ON a, b FROM t | CREATE STATISTICS",
        "CREATE TEXT SEARCH CONFIGURATION c (COPY = english) | CREATE TEXT SEARCH",
        "CREATE FOREIGN TABLE f (a int) SERVER s | CREATE FOREIGN TABLE",
        "CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f() | CREATE EVENT TRIGGER",
        "DROP FUNCTION IF EXISTS f(int) | DROP FUNCTION",
        "DROP VIEW v | DROP VIEW",
        "DROP MATERIALIZED VIEW v | DROP MATERIALIZED VIEW",
        "DROP SEQUENCE s | DROP SEQUENCE",
        "DROP TYPE t | DROP TYPE",
        "DROP OWNED BY bob | DROP OWNED",
        "ALTER SEQUENCE s OWNED BY t.id | ALTER SEQUENCE",
        "ALTER FUNCTION f() OWNER TO x | ALTER FUNCTION",
        "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO x | ALTER DEFAULT PRIVILEGES",
        "ALTER VIEW v RENAME TO w | ALTER VIEW",
        "ALTER ROLE r SET search_path = x | ALTER ROLE",
        "ALTER SCHEMA s OWNER TO x | ALTER SCHEMA",
        "ALTER DATABASE d SET timezone = 'UTC' | ALTER DATABASE",
        "GRANT SELECT ON t TO r | GRANT",
        "REVOKE ALL ON t FROM r | REVOKE",
        "DO $$ BEGIN NULL; END $$ | DO",
        "CALL p(1) | CALL",
        "ANALYZE t | ANALYZE",
        "PRAGMA foreign_keys = ON | PRAGMA",
        "EXECUTE stmt | EXECUTE",
        "DEALLOCATE PREPARE stmt | DEALLOCATE",
        "SHOW search_path | SHOW",
        "SECURITY LABEL ON TABLE t IS 'x' | SECURITY LABEL",
        "NOTIFY ch | NOTIFY",
        "DISCARD PLANS | DISCARD",
        "{{ createIndexIfNeeded \"boards\" \"team_id\" }} | TEMPLATE",
    })
    void otherStatements(String sql, String command) {
        assertEquals(new Fact.Other(command), pg(sql));
    }

    @Test
    void triggersPoliciesRulesAndLockTableNameTheTablesTheyLock() {
        ObjectName t = name("t");
        ObjectName appT = new ObjectName("app", "t", true);
        assertEquals(new Fact.TableLock("CREATE TRIGGER", List.of(t), null),
                pg("CREATE TRIGGER tr BEFORE INSERT OR UPDATE OF a, b ON t FOR EACH ROW EXECUTE FUNCTION f()"));
        assertEquals(new Fact.TableLock("CREATE TRIGGER", List.of(appT), null),
                pg("CREATE OR REPLACE CONSTRAINT TRIGGER tr AFTER INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION f()"));
        assertEquals(new Fact.TableLock("CREATE TRIGGER", List.of(t), null),
                pg("CREATE TRIGGER tr INSTEAD OF DELETE ON t FOR EACH ROW EXECUTE PROCEDURE f()"));
        assertEquals(new Fact.TableLock("ALTER TRIGGER", List.of(t), null), pg("ALTER TRIGGER tr ON t RENAME TO u"));
        assertEquals(new Fact.TableLock("DROP TRIGGER", List.of(appT), null),
                pg("DROP TRIGGER IF EXISTS tr ON app.t CASCADE"));
        assertEquals(new Fact.TableLock("CREATE POLICY", List.of(t), null), pg("CREATE POLICY p ON t USING (true)"));
        assertEquals(new Fact.TableLock("DROP POLICY", List.of(t), null), pg("DROP POLICY p ON t"));
        assertEquals(new Fact.TableLock("CREATE RULE", List.of(t), null),
                pg("CREATE OR REPLACE RULE r AS ON INSERT TO t DO INSTEAD NOTHING"));
        assertEquals(new Fact.TableLock("DROP RULE", List.of(t), null), pg("DROP RULE r ON t"));
        assertEquals(new Fact.TableLock("LOCK TABLE", List.of(t), null), pg("LOCK t"));
        assertEquals(new Fact.TableLock("LOCK TABLE", List.of(t, appT), "SHARE ROW EXCLUSIVE"),
                pg("LOCK TABLE ONLY t, app.t * IN SHARE ROW EXCLUSIVE MODE NOWAIT"));
        assertEquals(new Fact.TableLock("CREATE TRIGGER", List.of(t), null),
                mysql("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1"));
        assertEquals(new Fact.Other("DROP TRIGGER"), mysql("DROP TRIGGER IF EXISTS tr"));
        assertEquals(new Fact.Other("CREATE EVENT TRIGGER"),
                pg("CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f()"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "USE app | USE",
        "CREATE DEFINER=`root`@`localhost` PROCEDURE p() SELECT 1 | CREATE PROCEDURE",
        "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t | CREATE EVENT",
        "LOCK TABLES t WRITE | LOCK TABLE",
        "UNLOCK TABLES | UNLOCK TABLES",
        "DROP PROCEDURE IF EXISTS p | DROP PROCEDURE",
        "DEALLOCATE PREPARE stmt | DEALLOCATE",
        "OPTIMIZE TABLE t | OPTIMIZE",
    })
    void mysqlOtherStatements(String sql, String command) {
        assertEquals(new Fact.Other(command), mysql(sql));
    }

    @Test
    void unrecognized() {
        assertEquals(new Fact.Unrecognized("FOO BAR"), pg("FOO BAR baz"));
        assertEquals(new Fact.Unrecognized("CREATE WIDGET"), pg("CREATE WIDGET w"));
        assertEquals(new Fact.Unrecognized("ALTER TABLE"), pg("ALTER TABLE"));
        assertEquals(new Fact.Unrecognized("END IF"), pg("END IF"));
        assertEquals(new Fact.Unrecognized("END"), mysql("END"));
    }
}
