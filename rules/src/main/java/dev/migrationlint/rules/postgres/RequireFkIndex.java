package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Statement;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A foreign key without an index on its columns makes every delete (and key update) of a parent row scan
 * the child table. Judged at the end of each migration, so an index created later in the same migration counts.
 */
@RuleInfo(id = "require-fk-index",
        summary = "Index the columns of every foreign key",
        level = Level.NOTE, category = Category.LOCKING, tags = {"index", "constraint", "performance"},
        dialects = Dialect.POSTGRESQL)
public final class RequireFkIndex implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        String path = context.migration().path();
        for (Catalog.Table table : touchedTables(context)) {
            for (Catalog.Constraint fk : table.constraints()) {
                if (fk.kind() != ConstraintDef.Kind.FOREIGN_KEY || fk.columns().isEmpty() || covered(table, fk)) {
                    continue;
                }
                if (fk.origin().path().equals(path)) {
                    statement(context, fk.origin().statementIndex()).ifPresent(s ->
                            context.report(added(s, fk), describe(table, fk) + " has no index that starts with its "
                                    + "columns: " + effect(table, fk), help(table, fk)));
                } else {
                    lostIndex(context, table, fk);
                }
            }
        }
    }

    /**
     * The tables whose foreign keys or indexes this migration may have changed: those its statements name. A
     * {@code DROP INDEX} does not name its table, so a migration with one looks at every table. Looking at every
     * table for every migration would make long histories quadratic.
     */
    private static Collection<Catalog.Table> touchedTables(MigrationContext context) {
        Set<ObjectName> touched = new HashSet<>();
        for (Statement s : context.statements()) {
            Fact fact = s.fact();
            if (fact instanceof Fact.DropIndex) {
                return context.catalogAfter().tables();
            } else if (fact instanceof Fact.CreateTable ct) {
                touched.add(ct.table());
            } else if (fact instanceof Fact.CreateIndex ci && ci.table() != null) {
                touched.add(ci.table());
            } else if (fact instanceof Fact.AlterTable at) {
                touched.add(at.table());
                for (AlterAction action : at.actions()) {
                    if (action instanceof AlterAction.RenameTable r) {
                        touched.add(new ObjectName(at.table().schema(), r.to().name(), false));
                        touched.add(r.to());
                    } else if (action instanceof AlterAction.SetSchema set) {
                        touched.add(new ObjectName(set.schema(), at.table().name(), true));
                    }
                }
            }
        }
        List<Catalog.Table> tables = new ArrayList<>();
        for (ObjectName name : touched) {
            context.catalogAfter().table(name).ifPresent(tables::add);
        }
        tables.sort(java.util.Comparator.comparing(t -> t.name().toString()));
        return tables;
    }

    /** A foreign key of an earlier migration that this migration left without its index: report where it went. */
    private static void lostIndex(MigrationContext context, Catalog.Table table, Catalog.Constraint fk) {
        Optional<Catalog.Table> before = context.catalogBefore().table(table.name());
        if (before.isEmpty()) {
            return;
        }
        Set<String> covering = new HashSet<>();
        before.get().indexes().stream().filter(i -> starts(i, fk.columns()))
                .forEach(i -> covering.add(i.name().name()));
        if (covering.isEmpty()) {
            return; // it had none before either, and was reported where it was added
        }
        for (Statement s : context.statements()) {
            if (s.direction() != Direction.UP) {
                continue;
            }
            String dropped = droppedIndex(s, table.name(), covering);
            if (dropped != null) {
                context.report(s.span(), "dropping " + ObjectName.quote(dropped) + " leaves " + describe(table, fk)
                        + " without an index that starts with its columns: " + effect(table, fk), help(table, fk));
                return;
            }
        }
    }

    /** The name of a covering index this statement drops (DROP INDEX, or DROP CONSTRAINT of a key), or null. */
    private static String droppedIndex(Statement s, ObjectName table, Set<String> covering) {
        if (s.fact() instanceof Fact.DropIndex drop) {
            for (ObjectName index : drop.indexes()) {
                if (index.schema().equals(table.schema()) && covering.contains(index.name())) {
                    return index.name();
                }
            }
        } else if (s.fact() instanceof Fact.AlterTable alter && alter.table().equals(table)) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.DropConstraint drop && covering.contains(drop.name())) {
                    return drop.name();
                }
            }
        }
        return null;
    }

    private static boolean covered(Catalog.Table table, Catalog.Constraint fk) {
        return table.indexes().stream().anyMatch(i -> starts(i, fk.columns()));
    }

    /** True when the index's leading columns are the foreign key's columns, in any order. */
    private static boolean starts(Catalog.Index index, List<String> columns) {
        return index.columns().size() >= columns.size()
                && Set.copyOf(index.columns().subList(0, columns.size())).equals(Set.copyOf(columns));
    }

    private static Optional<Statement> statement(MigrationContext context, int index) {
        return context.statements().stream().filter(s -> s.index() == index).findFirst();
    }

    /** The span of the action or column that added the foreign key, or the statement's. */
    private static Span added(Statement s, Catalog.Constraint fk) {
        if (s.fact() instanceof Fact.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add
                        && add.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY
                        && add.constraint().columns().equals(fk.columns())) {
                    return add.span();
                }
                if (action instanceof AlterAction.AddColumn add && add.column().references() != null
                        && fk.columns().equals(List.of(add.column().name()))) {
                    return add.span();
                }
            }
        } else if (s.fact() instanceof Fact.CreateTable create) {
            for (ColumnDef column : create.columns()) {
                if (column.references() != null && fk.columns().equals(List.of(column.name()))) {
                    return column.span();
                }
            }
        }
        return s.span();
    }

    private static String describe(Catalog.Table table, Catalog.Constraint fk) {
        return "the foreign key " + (fk.name() == null ? "" : ObjectName.quote(fk.name()) + " ") + "on "
                + table.name().display() + " (" + String.join(", ", fk.columns()) + ")";
    }

    private static String effect(Catalog.Table table, Catalog.Constraint fk) {
        String parent = fk.references() == null ? "the referenced table" : fk.references().table().display();
        return "every DELETE on " + parent + " (and every UPDATE of its key) scans " + table.name().display()
                + " to find referencing rows";
    }

    private static String help(Catalog.Table table, Catalog.Constraint fk) {
        return "CREATE INDEX CONCURRENTLY ON " + table.name().display() + " (" + String.join(", ", fk.columns().stream()
                .map(ObjectName::quote).toList()) + ") in a migration that runs outside a transaction (on a table "
                + "created in the same migration, a plain CREATE INDEX)";
    }
}
