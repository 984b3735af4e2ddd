package dev.migrationlint.core.internal.replay;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Expression;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Origin;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.TypeRef;
import dev.migrationlint.core.spi.Version;
import dev.migrationlint.core.spi.Volatility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayCatalogTest {

    private static final ObjectName USERS = new ObjectName("public", "users", false);
    private static final Origin V1 = new Origin("V1__a.sql", Version.parse("1"), 0, 1);
    private static final Origin V2 = new Origin("V2__b.sql", Version.parse("2"), 0, 2);

    private static ColumnDef column(String name, boolean pk) {
        return new ColumnDef(name, new TypeRef("bigint", List.of(), false, "bigint"), false, null,
                ColumnDef.Generated.NONE, pk, false, null, null, false, null, null, null, Span.FILE);
    }

    private static Fact.CreateTable create(ObjectName table) {
        return new Fact.CreateTable(table, false, false, false, false, null, List.of(column("id", false)), List.of());
    }

    @Test
    void everySnapshotKeepsItsOwnStateThroughLaterSnapshotsAndChanges() {
        ObjectName orders = new ObjectName("public", "orders", false);
        ObjectName archived = new ObjectName("public", "orders_old", false);
        ReplayCatalog c = new ReplayCatalog();
        Catalog empty = c.snapshot();
        c.apply(create(USERS), V1);
        Catalog one = c.snapshot();
        Catalog oneAgain = c.snapshot();
        c.apply(create(orders), V2);
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(new AlterAction.AddColumn(column("email", false),
                false, Span.FILE))), V2);
        Catalog two = c.snapshot();
        c.apply(new Fact.RenameTables(List.of(new Fact.RenameTables.Rename(orders, archived))), V2);
        c.apply(new Fact.DropTable(List.of(USERS), false, false), V2);

        assertEquals(List.of(), List.copyOf(empty.tables()));
        assertTrue(empty.table(USERS).isEmpty());
        for (Catalog s : List.of(one, oneAgain)) {
            assertEquals(List.of("id"), s.table(USERS).orElseThrow().columns().stream().map(Catalog.Column::name)
                    .toList());
            assertTrue(s.table(orders).isEmpty());
            assertEquals(1, s.tables().size());
        }
        assertEquals(List.of("id", "email"), two.table(USERS).orElseThrow().columns().stream()
                .map(Catalog.Column::name).toList());
        assertTrue(two.table(orders).isPresent());
        assertTrue(two.table(archived).isEmpty());
        assertEquals(2, two.tables().size());
        assertTrue(c.table(USERS).isEmpty());
        assertEquals(List.of(archived), c.tables().stream().map(Catalog.Table::name).toList());
    }

    @Test
    void tracksTablesColumnsConstraintsAndWhoCreatedThem() {
        ReplayCatalog c = new ReplayCatalog();
        c.apply(new Fact.CreateTable(USERS, false, false, false, false, null,
                List.of(column("id", true), column("email", false)), List.of()), V1);
        Catalog before = c.snapshot();
        Expression check = new Expression("email IS NOT NULL", List.of(), Volatility.CONSTANT);
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.AddConstraint(new ConstraintDef("email_nn", ConstraintDef.Kind.CHECK,
                        List.of("email"), null, check, null, true), Span.FILE))), V2);

        Catalog.Table users = c.table(USERS).orElseThrow();
        assertTrue(c.createdIn(USERS, "V1__a.sql"));
        assertFalse(c.createdIn(USERS, "V2__b.sql"));
        assertTrue(users.column("id").orElseThrow().notNull(), "a primary key column is NOT NULL");
        assertEquals(List.of("id"), users.indexes().get(0).columns());
        Catalog.Constraint nn = users.constraints().stream().filter(k -> "email_nn".equals(k.name())).findFirst()
                .orElseThrow();
        assertFalse(nn.validated());
        assertEquals(2, nn.origin().transactionId());

        c.apply(new Fact.AlterTable(USERS, false, false, List.of(new AlterAction.ValidateConstraint("email_nn",
                Span.FILE))), V2);
        assertTrue(c.table(USERS).orElseThrow().constraints().stream().filter(k -> "email_nn".equals(k.name()))
                .findFirst().orElseThrow().validated());
        assertTrue(before.table(USERS).orElseThrow().constraints().stream().noneMatch(k -> "email_nn".equals(k.name())),
                "a snapshot does not change afterwards");
    }

    @Test
    void renamesAndDrops() {
        ReplayCatalog c = new ReplayCatalog();
        c.apply(new Fact.CreateTable(USERS, false, false, false, false, null, List.of(column("id", false)),
                List.of()), V1);
        ObjectName people = new ObjectName("public", "people", false);
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.RenameTable(people, Span.FILE))), V2);
        assertTrue(c.table(USERS).isEmpty());
        assertEquals("V1__a.sql", c.table(people).orElseThrow().origin().path());
        c.apply(new Fact.DropTable(List.of(people), false, false), V2);
        assertTrue(c.tables().isEmpty());
    }

    @Test
    void remembersRenamesUntilTheNameIsReusedAndSnapshotsKeepTheirOwn() {
        ObjectName people = new ObjectName("public", "people", false);
        Origin v3 = new Origin("V3__c.sql", Version.parse("3"), 0, 3);
        ReplayCatalog c = new ReplayCatalog();
        c.apply(create(USERS), V1);
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.RenameColumn("id", "user_id", Span.FILE))), V2);
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.RenameTable(people, Span.FILE))), V2);
        Catalog renamed = c.snapshot();
        // The column's rename follows its table to the new name.
        assertEquals(new Catalog.Renamed<>(USERS, V2), c.tableRenamed(people).orElseThrow());
        assertEquals(new Catalog.Renamed<>("id", V2), c.columnRenamed(people, "user_id").orElseThrow());
        assertTrue(c.tableRenamed(USERS).isEmpty());
        assertTrue(c.columnRenamed(USERS, "user_id").isEmpty());

        c.apply(new Fact.DropTable(List.of(people), false, false), v3);
        c.apply(create(people), v3);
        assertTrue(c.tableRenamed(people).isEmpty(), "created again: no longer the rename's result");
        assertTrue(c.columnRenamed(people, "user_id").isEmpty());
        assertEquals(new Catalog.Renamed<>(USERS, V2), renamed.tableRenamed(people).orElseThrow());
        assertEquals(new Catalog.Renamed<>("id", V2), renamed.columnRenamed(people, "user_id").orElseThrow());
    }

    @Test
    void keepsTheLastWrittenColumnDefinition() {
        ReplayCatalog c = new ReplayCatalog();
        ColumnDef id = new ColumnDef("id", new TypeRef("integer", List.of(), false, "INT"), true, null,
                ColumnDef.Generated.NONE, false, false, null, null, true, null, null, null, Span.FILE);
        c.apply(new Fact.CreateTable(USERS, false, false, false, false, null, List.of(id, column("email", false)),
                List.of()), V1);
        assertTrue(c.table(USERS).orElseThrow().column("id").orElseThrow().definition().autoIncrement());

        ColumnDef widened = new ColumnDef("user_id", new TypeRef("bigint", List.of(), false, "BIGINT"), true, null,
                ColumnDef.Generated.NONE, false, false, null, null, false, null, "latin1", null, Span.FILE);
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.ModifyColumn("id", widened, true, Span.FILE),
                new AlterAction.SetNotNull("email", Span.FILE))), V2);
        Catalog.Table users = c.table(USERS).orElseThrow();
        Catalog.Column renamed = users.column("user_id").orElseThrow();
        assertEquals("bigint", renamed.type().name());
        assertEquals("latin1", renamed.definition().charset());
        assertFalse(renamed.definition().autoIncrement(), "CHANGE replaces the whole definition");
        Catalog.Column email = users.column("email").orElseThrow();
        assertTrue(email.notNull());
        assertEquals("email", email.definition().name(), "SET NOT NULL keeps the definition");
    }

    @Test
    void tracksTheMysqlTableCharacterSet() {
        ReplayCatalog c = new ReplayCatalog();
        ColumnDef name = new ColumnDef("name", new TypeRef("varchar", List.of(20), false, "VARCHAR(20)"), false, null,
                ColumnDef.Generated.NONE, false, false, null, null, false, null, null, null, Span.FILE);
        ColumnDef code = new ColumnDef("code", new TypeRef("varchar", List.of(5), false, "VARCHAR(5)"), false, null,
                ColumnDef.Generated.NONE, false, false, null, null, false, null, "ascii", null, Span.FILE);
        c.apply(new Fact.CreateTable(USERS, false, false, false, false, null, List.of(name, code, column("id", true)),
                List.of(), "latin1"), V1);
        assertEquals("latin1", c.charset(USERS).orElseThrow());

        // A new default leaves existing columns in the old one.
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.TableOption("CHARACTER SET", "utf8mb4", Span.FILE))), V2);
        Catalog before = c.snapshot();
        assertEquals("utf8mb4", before.charset(USERS).orElseThrow());
        assertEquals("latin1", before.table(USERS).orElseThrow().column("name").orElseThrow().definition().charset());
        assertNull(before.table(USERS).orElseThrow().column("id").orElseThrow().definition().charset(), "not text");

        // CONVERT TO changes every column that carries a set.
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.TableOption("CONVERT TO CHARACTER SET", "utf8mb3", Span.FILE))), V2);
        Catalog.Table users = c.table(USERS).orElseThrow();
        assertEquals("utf8mb3", users.column("name").orElseThrow().definition().charset());
        assertEquals("utf8mb3", users.column("code").orElseThrow().definition().charset());
        assertEquals("utf8mb4", before.charset(USERS).orElseThrow(), "a snapshot does not change afterwards");

        ObjectName people = new ObjectName("public", "people", false);
        c.apply(new Fact.RenameTables(List.of(new Fact.RenameTables.Rename(USERS, people))), V2);
        assertEquals("utf8mb3", c.charset(people).orElseThrow());
        assertTrue(c.charset(USERS).isEmpty());
        c.apply(new Fact.DropTable(List.of(people), false, false), V2);
        assertTrue(c.charset(people).isEmpty());
    }

    private static ConstraintDef key(String name, ConstraintDef.Kind kind, List<String> columns, String usingIndex) {
        return new ConstraintDef(name, kind, columns, null, null, usingIndex, false);
    }

    private static List<String> indexNames(ReplayCatalog c) {
        return c.table(USERS).orElseThrow().indexes().stream().map(i -> i.name().name()).toList();
    }

    @Test
    void keyConstraintsOwnTheirIndexesUnderPostgresNames() {
        ReplayCatalog c = new ReplayCatalog();
        c.apply(new Fact.CreateTable(USERS, false, false, false, false, null,
                List.of(column("id", true), column("email", false)), List.of()), V1);
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.AddConstraint(key(null, ConstraintDef.Kind.UNIQUE, List.of("email", "id"), null),
                        Span.FILE))), V2);
        assertEquals(List.of("users_pkey", "users_email_id_key"), indexNames(c));
        assertEquals("users_email_id_key", c.table(USERS).orElseThrow().constraints().get(1).name());

        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.DropConstraint("users_pkey", false, false, Span.FILE))), V2);
        assertEquals(List.of("users_email_id_key"), indexNames(c), "DROP CONSTRAINT drops the key's index");

        c.apply(new Fact.CreateIndex("users_email_idx", USERS, true, true, false, false, "btree", List.of("email"),
                false), V2);
        c.apply(new Fact.AlterTable(USERS, false, false, List.of(
                new AlterAction.AddConstraint(key("users_email_key", ConstraintDef.Kind.UNIQUE, List.of(),
                        "users_email_idx"), Span.FILE))), V2);
        assertEquals(List.of("users_email_id_key", "users_email_key"), indexNames(c),
                "USING INDEX renames the index to the constraint");
        assertEquals(List.of("email"), c.table(USERS).orElseThrow().constraints().get(1).columns());
    }
}
