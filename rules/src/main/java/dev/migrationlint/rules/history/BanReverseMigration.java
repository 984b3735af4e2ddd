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

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A migration whose every statement drops something one earlier migration created (tables, columns, indexes,
 * constraints): it undoes that migration. While neither is released, deleting both keeps the history short; once
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
        Statement first = null;
        for (Statement s : context.statements()) {
            if (s.direction() != Direction.UP || s.fact() instanceof Fact.Transaction
                    || s.fact() instanceof Fact.SetSetting) {
                continue;
            }
            Set<String> origins = undoes(s.fact(), catalog);
            if (origins == null) {
                return;
            }
            undone.addAll(origins);
            first = first == null ? s : first;
        }
        if (first == null || undone.size() != 1 || undone.contains(context.migration().path())) {
            return;
        }
        String earlier = undone.iterator().next();
        String name = earlier.substring(earlier.lastIndexOf('/') + 1);
        context.report(first.span(), context.migration().fileName() + " only undoes " + name
                        + " (it drops what that migration created): every new database runs both for nothing",
                "if " + name + " was never released, delete both migrations; if it was, keep this one and say why in"
                        + " a comment");
    }

    /** The paths of the migrations whose objects the statement drops, or null when it does anything else. */
    private static Set<String> undoes(Fact fact, Catalog catalog) {
        Set<String> origins = new HashSet<>();
        if (fact instanceof Fact.DropTable dt) {
            for (ObjectName t : dt.tables()) {
                Optional<Catalog.Table> table = catalog.table(t);
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
        if (fact instanceof Fact.AlterTable at) {
            Optional<Catalog.Table> table = catalog.table(at.table());
            if (table.isEmpty() || at.actions().isEmpty()) {
                return null;
            }
            for (AlterAction a : at.actions()) {
                Origin origin = null;
                if (a instanceof AlterAction.DropColumn dc) {
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
