package dev.migrationlint.rules.compat;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.SameMigration;

import java.util.Optional;

/** Code written when the column was NOT NULL may not handle the NULLs that new code starts writing. */
@RuleInfo(id = "ban-drop-not-null",
        summary = "Dropping NOT NULL lets NULLs reach code that does not expect them",
        level = Level.NOTE, category = Category.COMPATIBILITY, tags = {"compatibility"})
public final class BanDropNotNull implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.AlterTable alter = context.statement().factAs(Fact.AlterTable.class).orElse(null);
        if (alter == null) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            String column = null;
            if (action instanceof AlterAction.DropNotNull d) {
                column = d.column();
            } else if (action instanceof AlterAction.ModifyColumn m && becomesNullable(context, alter, m)) {
                // MySQL MODIFY/CHANGE restates the whole column: without NOT NULL it becomes nullable.
                column = m.from();
            }
            if (column != null && !SameMigration.createdColumn(context, alter, action, column)) {
                context.report(action.span(),
                        "dropping NOT NULL on " + alter.table().display(column) + " lets NULLs in: code (and "
                                + "reports, exports, other services) written for the NOT NULL column may fail on them",
                        "check every reader handles NULL before the first writer stores one; release readers first");
            }
        }
    }

    /** True when the replayed catalog knows the column as NOT NULL and the new definition leaves that out. */
    private static boolean becomesNullable(StatementContext context, Fact.AlterTable alter,
                                           AlterAction.ModifyColumn m) {
        if (m.column().notNull() || m.column().primaryKey()) {
            return false;
        }
        Optional<Catalog.Column> known = context.catalog().table(alter.table()).flatMap(t -> t.column(m.from()));
        return known.isPresent() && known.get().notNull();
    }
}
