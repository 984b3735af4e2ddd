package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Origin;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A migration whose every statement drops something one earlier migration created (tables, columns, indexes,
 * constraints) or renames back what it renamed (tables, columns): it undoes that migration. While neither is released, deleting both keeps the history short; once
 * released, the pair is dead weight every new database replays. Session settings and transaction control do not
 * count as effects.
 */
@RuleInfo(id = "ban-reverse-migration",
        summary = "Do not add a migration that only undoes an earlier one",
        level = Level.NOTE, category = Category.HISTORY)
public final class BanReverseMigration implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        if (!context.migration().kind().isForward() || context.bootstrap()) {
            return;
        }
        Catalog catalog = context.catalogBefore();
        Set<String> undone = new HashSet<>();
        // Tables this migration renamed, by their new name: later statements name them so, the catalog before
        // the migration by their old one.
        Map<ObjectName, ObjectName> renamedHere = new HashMap<>();
        boolean drops = false;
        boolean renames = false;
        Statement first = null;
        for (Statement s : context.statements()) {
            if (s.direction() != Direction.UP || s.fact() instanceof Fact.Transaction
                    || s.fact() instanceof Fact.SetSetting) {
                continue;
            }
            Set<String> origins = undoes(s.fact(), catalog, renamedHere);
            if (origins == null) {
                return;
            }
            boolean rename = isRename(s.fact());
            renames |= rename;
            drops |= !rename;
            undone.addAll(origins);
            first = first == null ? s : first;
        }
        if (first == null || undone.size() != 1 || undone.contains(context.migration().path())) {
            return;
        }
        String earlier = undone.iterator().next();
        String name = earlier.substring(earlier.lastIndexOf('/') + 1);
        String how = drops && renames ? "it drops what that migration created and renames back what it renamed"
                : renames ? "it renames back what that migration renamed" : "it drops what that migration created";
        context.report(first.span(), context.migration().fileName() + " only undoes " + name
                        + " (" + how + "): every new database runs both for nothing",
                "if " + name + " was never released, delete both migrations; if it was, keep this one and say why in"
                        + " a comment");
    }

    private static boolean isRename(Fact fact) {
        return fact instanceof Fact.RenameTables || fact instanceof Fact.AlterTable at && at.actions().stream()
                .allMatch(a -> a instanceof AlterAction.RenameTable || a instanceof AlterAction.RenameColumn
                        || a instanceof AlterAction.ModifyColumn);
    }

    /**
     * The paths of the migrations whose objects the statement drops or renames back, or null when it does
     * anything else. Table renames are noted in {@code renamedHere}.
     */
    private static Set<String> undoes(Fact fact, Catalog catalog, Map<ObjectName, ObjectName> renamedHere) {
        Set<String> origins = new HashSet<>();
        if (fact instanceof Fact.DropTable dt) {
            for (ObjectName t : dt.tables()) {
                Optional<Catalog.Table> table = catalog.table(renamedHere.getOrDefault(t, t));
                if (table.isEmpty()) {
                    return null;
                }
                origins.add(table.get().origin().path());
            }
            return origins;
        }
        if (fact instanceof Fact.DropIndex di) {
            for (ObjectName index : di.indexes()) {
                Origin origin = indexOrigin(catalog, index.name());
                if (origin == null) {
                    return null;
                }
                origins.add(origin.path());
            }
            return origins;
        }
        if (fact instanceof Fact.RenameTables rt) {
            for (Fact.RenameTables.Rename r : rt.renames()) {
                ObjectName before = renamedHere.getOrDefault(r.from(), r.from());
                Origin origin = renamedBack(catalog, before, r.to());
                if (origin == null) {
                    return null;
                }
                origins.add(origin.path());
                renamedHere.put(r.to(), before);
            }
            return origins;
        }
        if (fact instanceof Fact.AlterTable at) {
            ObjectName name = renamedHere.getOrDefault(at.table(), at.table());
            Optional<Catalog.Table> table = catalog.table(name);
            if (table.isEmpty() || at.actions().isEmpty()) {
                return null;
            }
            for (AlterAction a : at.actions()) {
                Origin origin = null;
                if (a instanceof AlterAction.RenameTable rt) {
                    origin = renamedBack(catalog, name, rt.to());
                    renamedHere.put(rt.to().schemaWritten() ? rt.to()
                            : new ObjectName(at.table().schema(), rt.to().name(), false), name);
                } else if (a instanceof AlterAction.RenameColumn rc) {
                    origin = catalog.columnRenamed(name, rc.from())
                            .filter(r -> r.from().equals(rc.to())).map(Catalog.Renamed::origin).orElse(null);
                } else if (a instanceof AlterAction.ModifyColumn mc && mc.from() != null) {
                    // MySQL CHANGE old new <definition>: a rename back only when the definition stays as it is.
                    boolean sameType = table.get().column(mc.from())
                            .map(c -> c.type().equals(mc.column().type())).orElse(false);
                    origin = !sameType ? null : catalog.columnRenamed(name, mc.from())
                            .filter(r -> r.from().equals(mc.column().name())).map(Catalog.Renamed::origin).orElse(null);
                } else if (a instanceof AlterAction.DropColumn dc) {
                    origin = table.get().column(dc.column()).map(Catalog.Column::origin).orElse(null);
                } else if (a instanceof AlterAction.DropConstraint dc) {
                    origin = constraintOrigin(table.get().constraints(), dc.name());
                } else if (a instanceof AlterAction.DropIndex di) {
                    origin = indexOrigin(catalog, di.name());
                }
                if (origin == null) {
                    return null;
                }
                origins.add(origin.path());
            }
            return origins;
        }
        return null;
    }

    /** Where {@code table} got its name by a rename from {@code to}, or null: renaming it to {@code to} goes back. */
    private static Origin renamedBack(Catalog catalog, ObjectName table, ObjectName to) {
        return catalog.tableRenamed(table).filter(r -> r.from().name().equals(to.name())
                        && (!to.schemaWritten() || r.from().schema().equals(to.schema())))
                .map(Catalog.Renamed::origin).orElse(null);
    }

    private static Origin indexOrigin(Catalog catalog, String name) {
        for (Catalog.Table t : catalog.tables()) {
            for (Catalog.Index i : t.indexes()) {
                if (i.name() != null && i.name().name().equals(name)) {
                    return i.origin();
                }
            }
        }
        return null;
    }

    private static Origin constraintOrigin(List<Catalog.Constraint> constraints, String name) {
        for (Catalog.Constraint c : constraints) {
            if (c.name() != null && c.name().equals(name)) {
                return c.origin();
            }
        }
        return null;
    }
}
