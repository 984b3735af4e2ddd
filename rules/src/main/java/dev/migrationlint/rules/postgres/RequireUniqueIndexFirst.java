package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.AlterTables;

/**
 * A UNIQUE or PRIMARY KEY constraint added to an existing table builds its index while the table is
 * locked; building the index concurrently first and attaching it with {@code USING INDEX} is quick.
 */
@RuleInfo(id = "require-unique-index-first",
        summary = "Build the unique index concurrently before adding a UNIQUE or PRIMARY KEY constraint",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "index", "constraint"},
        dialects = Dialect.POSTGRESQL)
public final class RequireUniqueIndexFirst implements StatementRule {

    private static final String EFFECT = " builds its index while holding an ACCESS EXCLUSIVE lock: reads and writes "
            + "wait until the index is built";

    @Override
    public void check(StatementContext context) {
        AlterTables.onExistingTable(context).ifPresent(alter -> {
            String table = alter.table().display();
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add) {
                    ConstraintDef c = add.constraint();
                    boolean key = c.kind() == ConstraintDef.Kind.UNIQUE || c.kind() == ConstraintDef.Kind.PRIMARY_KEY;
                    if (key && c.usingIndex() == null) {
                        String kind = c.kind() == ConstraintDef.Kind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
                        String label = c.name() == null ? "ADD " + kind
                                : "ADD CONSTRAINT " + ObjectName.quote(c.name()) + " " + kind;
                        context.report(add.span(), label + " on " + table + EFFECT, help(kind));
                    }
                } else if (action instanceof AlterAction.AddColumn add) {
                    ColumnDef c = add.column();
                    if (c.unique() || c.primaryKey()) {
                        String kind = c.primaryKey() ? "PRIMARY KEY" : "UNIQUE";
                        context.report(add.span(), "ADD COLUMN " + alter.table().display(c.name()) + " " + kind
                                + EFFECT, "add the column plain, then " + help(kind));
                    }
                }
            }
        });
    }

    private static String help(String kind) {
        return "CREATE UNIQUE INDEX CONCURRENTLY in a migration that runs outside a transaction, then ADD CONSTRAINT "
                + "... " + kind + " USING INDEX, which only takes the lock for a moment"
                + (kind.equals("PRIMARY KEY") ? " (its columns must already be NOT NULL: see ban-set-not-null)" : "");
    }
}
