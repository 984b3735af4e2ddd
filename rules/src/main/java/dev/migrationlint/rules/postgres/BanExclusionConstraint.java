package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.AlterTables;

/** An exclusion constraint is built and checked under an ACCESS EXCLUSIVE lock, and has no online form. */
@RuleInfo(id = "ban-exclusion-constraint",
        summary = "Do not add exclusion constraints to existing tables",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "index", "constraint"},
        dialects = Dialect.POSTGRESQL)
public final class BanExclusionConstraint implements StatementRule {

    @Override
    public void check(StatementContext context) {
        for (AlterAction.AddConstraint add : AlterTables.actions(context, AlterAction.AddConstraint.class)) {
            ConstraintDef c = add.constraint();
            if (c.kind() != ConstraintDef.Kind.EXCLUDE) {
                continue;
            }
            String table = context.statement().factAs(Fact.AlterTable.class).orElseThrow().table().display();
            context.report(add.span(), (c.name() == null ? "ADD EXCLUDE" : "ADD CONSTRAINT "
                            + ObjectName.quote(c.name()) + " EXCLUDE") + " on " + table + " builds its index and "
                            + "checks every row while holding an ACCESS EXCLUSIVE lock: reads and writes wait until it "
                            + "is done, and exclusion constraints have no NOT VALID or USING INDEX form",
                    "create a new table with the constraint and move the data to it, or enforce the rule in the "
                            + "application");
        }
    }
}
