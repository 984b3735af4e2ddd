package dev.migrationlint.rules.design;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.TypeRef;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a statement defines, where the type choice is made: those of a (non-temporary)
 * {@code CREATE TABLE} and of {@code ALTER TABLE ... ADD COLUMN}, with the keys they are part of,
 * whether declared inline or as a constraint of the same statement.
 */
final class NewColumns {

    private NewColumns() {
    }

    /**
     * One new column.
     *
     * @param primaryKey  the number of columns of the primary key it is part of, 0 when none
     * @param references  the foreign key it belongs to, or null
     * @param referenced  for a foreign key, the referenced column when the constraint names it, else null
     */
    record NewColumn(ObjectName table, ColumnDef column, int primaryKey, ColumnDef.Reference references,
                     String referenced) {
    }

    static List<NewColumn> of(Fact fact) {
        List<NewColumn> out = new ArrayList<>();
        if (fact instanceof Fact.CreateTable ct && !ct.temporary()) {
            for (ColumnDef c : ct.columns()) {
                out.add(describe(ct.table(), c, ct.constraints()));
            }
        } else if (fact instanceof Fact.AlterTable alter) {
            List<ConstraintDef> constraints = new ArrayList<>();
            for (AlterAction a : alter.actions()) {
                if (a instanceof AlterAction.AddConstraint ac) {
                    constraints.add(ac.constraint());
                }
            }
            for (AlterAction a : alter.actions()) {
                if (a instanceof AlterAction.AddColumn add) {
                    out.add(describe(alter.table(), add.column(), constraints));
                }
            }
        }
        return out;
    }

    /** The types a statement gives to columns, new or changed ({@code ALTER COLUMN ... TYPE}), with where to report. */
    record ChosenType(ObjectName table, String column, TypeRef type, dev.migrationlint.core.spi.Span span) {
    }

    static List<ChosenType> types(Fact fact) {
        List<ChosenType> out = new ArrayList<>();
        for (NewColumn n : of(fact)) {
            if (n.column().type() != null) {
                out.add(new ChosenType(n.table(), n.column().name(), n.column().type(), n.column().span()));
            }
        }
        if (fact instanceof Fact.AlterTable alter) {
            for (AlterAction a : alter.actions()) {
                if (a instanceof AlterAction.AlterColumnType t && t.type() != null) {
                    out.add(new ChosenType(alter.table(), t.column(), t.type(), t.span()));
                }
            }
        }
        return out;
    }

    private static NewColumn describe(ObjectName table, ColumnDef c, List<ConstraintDef> constraints) {
        int pk = c.primaryKey() ? 1 : 0;
        ColumnDef.Reference ref = c.references();
        String referenced = ref == null || ref.columns().isEmpty() ? null : ref.columns().get(0);
        for (ConstraintDef k : constraints) {
            int at = k.columns().indexOf(c.name());
            if (at < 0) {
                continue;
            }
            if (k.kind() == ConstraintDef.Kind.PRIMARY_KEY) {
                pk = k.columns().size();
            } else if (k.kind() == ConstraintDef.Kind.FOREIGN_KEY && ref == null && k.references() != null) {
                ref = k.references();
                referenced = at < ref.columns().size() ? ref.columns().get(at) : null;
            }
        }
        return new NewColumn(table, c, pk, ref, referenced);
    }
}
