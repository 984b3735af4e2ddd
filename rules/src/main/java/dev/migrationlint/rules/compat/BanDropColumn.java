package dev.migrationlint.rules.compat;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.SameMigration;

/** Dropping a column breaks every running instance of the code that still reads or writes it. */
@RuleInfo(id = "ban-drop-column",
        summary = "Do not drop columns that running code may still use: stop using them first, drop them later",
        level = Level.ERROR, category = Category.COMPATIBILITY, tags = {"compatibility", "data-loss"})
public final class BanDropColumn implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.AlterTable alter = context.statement().factAs(Fact.AlterTable.class).orElse(null);
        if (alter == null) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.DropColumn drop
                    && !SameMigration.createdColumn(context, alter, action, drop.column())) {
                context.report(action.span(),
                        "DROP COLUMN " + alter.table().display(drop.column()) + " breaks code that still reads or "
                                + "writes it, and its data is gone" + (drop.cascade()
                                ? "; CASCADE also drops the views and constraints that use it" : ""),
                        "expand/contract: first release code that no longer uses the column (and, for ORMs, no "
                                + "longer maps it), then drop it in a later migration");
            }
        }
    }
}
