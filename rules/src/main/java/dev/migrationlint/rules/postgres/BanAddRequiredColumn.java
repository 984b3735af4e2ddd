package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.AlterTables;
import dev.migrationlint.rules.support.Defaults;

/**
 * A NOT NULL column without a default cannot be added to a table with rows, and once it exists every
 * INSERT of code that does not know it fails.
 */
@RuleInfo(id = "ban-add-required-column",
        summary = "Add columns to existing tables nullable or with a default, never NOT NULL without one",
        level = Level.ERROR, category = Category.LOCKING, tags = {"compatibility", "column"},
        dialects = Dialect.POSTGRESQL)
public final class BanAddRequiredColumn implements StatementRule {

    @Override
    public void check(StatementContext context) {
        AlterTables.onExistingTable(context).ifPresent(alter -> {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add && required(add.column())) {
                    report(context, alter, add);
                }
            }
        });
    }

    /** NOT NULL (or PRIMARY KEY) with nothing to fill existing and new rows: no default, not generated, not serial. */
    private static boolean required(ColumnDef c) {
        return (c.notNull() || c.primaryKey()) && Defaults.isNull(c.defaultValue())
                && c.generated() == ColumnDef.Generated.NONE && !c.isSerial() && !c.autoIncrement();
    }

    private static void report(StatementContext context, Fact.AlterTable alter, AlterAction.AddColumn add) {
        ColumnDef c = add.column();
        String constraint = c.primaryKey() && !c.notNull() ? "PRIMARY KEY" : "NOT NULL";
        context.report(add.span(), "ADD COLUMN " + alter.table().display(c.name()) + " " + constraint
                        + " without a default fails if the table has any row, and once added, INSERTs of code that "
                        + "does not set the column fail",
                "add the column nullable (backfill it, then make it NOT NULL the safe way: see ban-set-not-null), "
                        + "or give it a non-volatile DEFAULT");
    }
}
