package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MySQL/MariaDB statement shapes the online-DDL rules read. */
class MysqlOnlineDdlShapesTest {

    private static List<AlterAction> actions(String sql) {
        return assertInstanceOf(Fact.AlterTable.class, Sql.fact(Dialect.MARIADB, sql), sql).actions();
    }

    private static ColumnDef added(String sql) {
        return assertInstanceOf(AlterAction.AddColumn.class, actions(sql).get(0)).column();
    }

    @Test
    void columnDefinitionsKeepWhatDecidesTheAlgorithm() {
        assertEquals(ColumnDef.Generated.VIRTUAL, added("ALTER TABLE t ADD COLUMN v INT AS (a + 1)").generated());
        assertEquals(ColumnDef.Generated.VIRTUAL,
                added("ALTER TABLE t ADD v INT GENERATED ALWAYS AS (a + 1) VIRTUAL").generated());
        assertEquals(ColumnDef.Generated.STORED, added("ALTER TABLE t ADD v INT AS (a + 1) STORED").generated());
        assertEquals(ColumnDef.Generated.STORED, added("ALTER TABLE t ADD v INT AS (a + 1) PERSISTENT").generated());
        ColumnDef auto = added("ALTER TABLE t ADD COLUMN id2 BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE FIRST");
        assertTrue(auto.autoIncrement());
        assertTrue(auto.unique());
        assertEquals("BIGINT UNSIGNED", auto.type().raw());
        assertEquals("FIRST", auto.position());
        ColumnDef uuid = added("ALTER TABLE t ADD w VARCHAR(36) DEFAULT (UUID())");
        assertEquals("(UUID())", uuid.defaultValue().text());
        ColumnDef stamp = added("ALTER TABLE t ADD z DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) "
                + "ON UPDATE CURRENT_TIMESTAMP(3) COMMENT 'x' AFTER `y`");
        assertEquals("CURRENT_TIMESTAMP(3)", stamp.defaultValue().text());
        assertEquals(List.of(3), stamp.type().modifiers());
        assertEquals("AFTER y", stamp.position());
    }

    @Test
    void modifyKeepsCharsetCollationAndEnumMembers() {
        AlterAction.ModifyColumn m = assertInstanceOf(AlterAction.ModifyColumn.class, actions(
                "ALTER TABLE t MODIFY COLUMN c VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL").get(0));
        assertEquals("utf8mb4", m.column().charset());
        assertEquals("utf8mb4_bin", m.column().collation());
        assertEquals(List.of(10), m.column().type().modifiers());
        AlterAction.ModifyColumn e = assertInstanceOf(AlterAction.ModifyColumn.class, actions(
                "ALTER TABLE t MODIFY e ENUM('a','b''c') NOT NULL DEFAULT 'a'").get(0));
        assertEquals("enum", e.column().type().name());
        assertEquals("ENUM('a','b''c')", e.column().type().raw());
        AlterAction.ModifyColumn change = assertInstanceOf(AlterAction.ModifyColumn.class, actions(
                "ALTER TABLE t CHANGE `old` `new` DECIMAL(12,2) UNSIGNED ZEROFILL").get(0));
        assertEquals("old", change.from());
        assertEquals("new", change.column().name());
        assertEquals(List.of(12, 2), change.column().type().modifiers());
    }

    @Test
    void indexesKeysAndTableOptions() {
        List<AlterAction> a = actions("ALTER TABLE t ADD SPATIAL INDEX sp (g), ADD UNIQUE (a), "
                + "ADD CONSTRAINT uq UNIQUE KEY uqk (b), DROP PRIMARY KEY, ADD PRIMARY KEY (a, b), "
                + "ADD CONSTRAINT ck CHECK (a > 0), DROP CHECK ck2, DROP FOREIGN KEY fk, ROW_FORMAT=DYNAMIC, "
                + "CHARACTER SET = latin1, CONVERT TO CHARSET utf8mb4, ALGORITHM = INPLACE, LOCK = NONE");
        assertEquals("spatial", assertInstanceOf(AlterAction.AddIndex.class, a.get(0)).kind());
        assertEquals(ConstraintDef.Kind.UNIQUE,
                assertInstanceOf(AlterAction.AddConstraint.class, a.get(1)).constraint().kind());
        assertEquals("unique", assertInstanceOf(AlterAction.AddIndex.class, a.get(2)).kind());
        assertEquals("PRIMARY", assertInstanceOf(AlterAction.DropIndex.class, a.get(3)).name());
        assertEquals(ConstraintDef.Kind.PRIMARY_KEY,
                assertInstanceOf(AlterAction.AddConstraint.class, a.get(4)).constraint().kind());
        assertEquals(ConstraintDef.Kind.CHECK,
                assertInstanceOf(AlterAction.AddConstraint.class, a.get(5)).constraint().kind());
        assertEquals("ck2", assertInstanceOf(AlterAction.DropConstraint.class, a.get(6)).name());
        assertEquals("fk", assertInstanceOf(AlterAction.DropConstraint.class, a.get(7)).name());
        String[][] options = {{"ROW_FORMAT", "DYNAMIC"}, {"CHARACTER SET", "latin1"},
                {"CONVERT TO CHARACTER SET", "utf8mb4"}, {"ALGORITHM", "INPLACE"}, {"LOCK", "NONE"}};
        for (int i = 0; i < options.length; i++) {
            AlterAction.TableOption o = assertInstanceOf(AlterAction.TableOption.class, a.get(8 + i));
            assertEquals(options[i][0], o.name());
            assertEquals(options[i][1], o.value());
        }
        // Kept as text: the rules read FORCE and RENAME INDEX from it.
        List<AlterAction> other = actions("ALTER TABLE t FORCE, RENAME INDEX a TO b, RENAME KEY c TO d");
        assertEquals(List.of("FORCE", "RENAME INDEX a TO b", "RENAME KEY c TO d"),
                other.stream().map(x -> assertInstanceOf(AlterAction.OtherAction.class, x).text()).toList());
    }

    @Test
    void createIndexWithOnlineClausesAndRenameTable() {
        Fact.CreateIndex i = assertInstanceOf(Fact.CreateIndex.class,
                Sql.fact(Dialect.MARIADB, "CREATE INDEX i ON t (a) ALGORITHM INPLACE LOCK NONE"));
        assertEquals("INPLACE", i.algorithm());
        assertEquals("NONE", i.lock());
        Fact.CreateIndex plain = assertInstanceOf(Fact.CreateIndex.class,
                Sql.fact(Dialect.MYSQL, "CREATE UNIQUE INDEX u ON `T` (a)"));
        assertNull(plain.algorithm());
        assertEquals("T", plain.table().name());
        Fact.RenameTables r = assertInstanceOf(Fact.RenameTables.class,
                Sql.fact(Dialect.MARIADB, "RENAME TABLE a TO a_old, a_new TO a"));
        assertEquals(2, r.renames().size());
    }

    @Test
    void tableDefaultCharacterSet() {
        assertEquals("utf8mb4", assertInstanceOf(Fact.CreateTable.class, Sql.fact(Dialect.MYSQL,
                "CREATE TABLE t (a INT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci")).charset());
        assertEquals("latin1", assertInstanceOf(Fact.CreateTable.class, Sql.fact(Dialect.MARIADB,
                "CREATE TABLE t (a INT) COMMENT 'charset=utf8' CHARACTER SET latin1")).charset());
        assertEquals("utf8", assertInstanceOf(Fact.CreateTable.class, Sql.fact(Dialect.MYSQL,
                "CREATE TABLE t (a INT) ENGINE = InnoDB COLLATE = utf8_bin")).charset());
        assertEquals("utf8mb3", assertInstanceOf(Fact.CreateTable.class, Sql.fact(Dialect.MYSQL,
                "CREATE TABLE t (a INT) /*!40101 DEFAULT CHARACTER SET = utf8mb3 */")).charset());
        assertNull(assertInstanceOf(Fact.CreateTable.class, Sql.fact(Dialect.MYSQL,
                "CREATE TABLE t (a VARCHAR(10) CHARACTER SET latin1) ENGINE=InnoDB")).charset());
        Fact.CreateTable query = assertInstanceOf(Fact.CreateTable.class, Sql.fact(Dialect.MYSQL,
                "CREATE TABLE t (a INT) CHARSET=latin1 AS SELECT 1 AS a"));
        assertTrue(query.asSelect());
        assertEquals("latin1", query.charset());
        assertNull(assertInstanceOf(Fact.CreateTable.class, Sql.pg("CREATE TABLE t (a text) WITH (fillfactor = 70)"))
                .charset());
    }

    @Test
    void foreignKeyChecksInEveryWrittenForm() {
        assertEquals(new Fact.SetSetting("foreign_key_checks", "0", false),
                Sql.fact(Dialect.MARIADB, "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;"));
        assertEquals(new Fact.SetSetting("foreign_key_checks", "OFF", false),
                Sql.fact(Dialect.MARIADB, "SET SESSION foreign_key_checks = OFF"));
        assertEquals(new Fact.SetSetting("foreign_key_checks", "0", false),
                Sql.fact(Dialect.MYSQL, "SET @@session.foreign_key_checks := 0"));
        assertEquals(new Fact.SetSetting("foreign_key_checks", "@OLD_FOREIGN_KEY_CHECKS", false),
                Sql.fact(Dialect.MYSQL, "SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS"));
    }
}
