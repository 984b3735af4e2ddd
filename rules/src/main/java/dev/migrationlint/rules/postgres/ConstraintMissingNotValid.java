package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.AlterTables;

/**
 * A foreign key or CHECK added to an existing table is checked against every row while the table is
 * locked; {@code NOT VALID} skips that scan and {@code VALIDATE CONSTRAINT} does it under a lock that
 * lets reads and writes go on.
 */
@RuleInfo(id = "constraint-missing-not-valid",
        summary = "Add foreign keys and CHECK constraints to existing tables NOT VALID, then validate them",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "constraint"},
        dialects = Dialect.POSTGRESQL)
public final class ConstraintMissingNotValid implements StatementRule {

    private static final String VALIDATE_LATER = "then ALTER TABLE ... VALIDATE CONSTRAINT in a later migration "
            + "(a separate transaction): validation takes a SHARE UPDATE EXCLUSIVE lock, so reads and writes go on";

    @Override
    public void check(StatementContext context) {
        AlterTables.onExistingTable(context).ifPresent(alter -> {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add) {
                    addConstraint(context, alter, add);
                } else if (action instanceof AlterAction.AddColumn add) {
                    addColumn(context, alter, add);
                }
            }
        });
    }

    private static void addConstraint(StatementContext context, Fact.AlterTable alter, AlterAction.AddConstraint add) {
        ConstraintDef c = add.constraint();
        if (c.notValid()) {
            return;
        }
        ObjectName table = alter.table();
        if (c.kind() == ConstraintDef.Kind.FOREIGN_KEY) {
            ObjectName parent = c.references() == null ? null : c.references().table();
            String locked = parent == null || parent.equals(table) ? "a SHARE ROW EXCLUSIVE lock on " + table.display()
                    : "SHARE ROW EXCLUSIVE locks on " + table.display() + " and " + parent.display();
            context.report(add.span(), label(c, "FOREIGN KEY") + " on " + table.display()
                            + " checks every existing row while holding " + locked
                            + ": writes wait until the check ends",
                    context.catalog().partitioned(table)
                            ? "a partitioned table refuses NOT VALID foreign keys: add the foreign key NOT VALID to "
                            + "each partition and VALIDATE CONSTRAINT it there, then add it to " + table.display()
                            + ", which attaches the partitions' validated constraints instead of checking rows again"
                            : "add the foreign key with NOT VALID (only new rows are checked, no scan), "
                            + VALIDATE_LATER);
        } else if (c.kind() == ConstraintDef.Kind.CHECK) {
            context.report(add.span(), label(c, "CHECK") + " on " + table.display()
                            + " checks every existing row while holding an ACCESS EXCLUSIVE lock: reads and writes "
                            + "wait until the check ends",
                    "add the CHECK with NOT VALID (only new rows are checked, no scan), " + VALIDATE_LATER);
        }
    }

    private static void addColumn(StatementContext context, Fact.AlterTable alter, AlterAction.AddColumn add) {
        ColumnDef column = add.column();
        String target = alter.table().display(column.name());
        if (column.check() != null) {
            context.report(add.span(), "ADD COLUMN " + target + " with an inline CHECK checks every existing row "
                            + "while holding an ACCESS EXCLUSIVE lock: reads and writes wait until the check ends",
                    "add the column without the CHECK, then ADD CONSTRAINT ... CHECK (...) NOT VALID, "
                            + VALIDATE_LATER);
        }
        // PostgreSQL skips checking an inline REFERENCES only when no DEFAULT is written (even DEFAULT NULL checks).
        if (column.references() != null && column.defaultValue() != null) {
            context.report(add.span(), "ADD COLUMN " + target + " with a DEFAULT and an inline REFERENCES "
                            + column.references().table().display() + " checks every existing row while holding an "
                            + "ACCESS EXCLUSIVE lock: reads and writes wait until the check ends",
                    "add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, "
                            + VALIDATE_LATER);
        }
    }

    private static String label(ConstraintDef c, String kind) {
        if (c.name() != null) {
            return "ADD CONSTRAINT " + ObjectName.quote(c.name()) + " " + kind;
        }
        return "ADD " + kind + (c.kind() == ConstraintDef.Kind.FOREIGN_KEY && !c.columns().isEmpty()
                ? " (" + String.join(", ", c.columns()) + ")" : "");
    }
}
