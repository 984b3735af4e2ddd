package dev.migrationlint.rules.compat;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.SameMigration;


/**
 * Renaming a column breaks every running instance of the code that uses the old name: during a
 * rolling deploy old and new code run side by side, and only one of them finds its column.
 */
@RuleInfo(id = "ban-rename-column",
        summary = "Do not rename columns that running code uses: add a new column, dual write, backfill, switch",
        level = Level.ERROR, category = Category.COMPATIBILITY, tags = {"compatibility"})
public final class BanRenameColumn implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.AlterTable alter = context.statement().factAs(Fact.AlterTable.class).orElse(null);
        if (alter == null) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            String from = null;
            String to = null;
            String verb = "RENAME COLUMN";
            if (action instanceof AlterAction.RenameColumn r) {
                from = r.from();
                to = r.to();
            } else if (action instanceof AlterAction.ModifyColumn m && m.change()
                    // CHANGE is MySQL's, and MySQL column names ignore case: `Name` to `name` keeps the column.
                    && !m.from().equalsIgnoreCase(m.column().name())) {
                from = m.from();
                to = m.column().name();
                verb = "CHANGE COLUMN";
            }
            if (from != null && !SameMigration.createdColumn(context, alter, action, from)) {
                report(context, alter.table(), action, verb, from, to);
            }
        }
    }

    private static void report(StatementContext context, ObjectName table, AlterAction action, String verb,
                               String from, String to) {
        context.report(action.span(),
                verb + " " + table.display(from) + " to " + ObjectName.quote(to) + " breaks running code that "
                        + "still uses the old name (during a deploy, old and new code run side by side)",
                "expand/contract: add the new column, write both from the code, backfill it in batches, switch "
                        + "reads to it, and drop the old column in a later release");
    }
}
