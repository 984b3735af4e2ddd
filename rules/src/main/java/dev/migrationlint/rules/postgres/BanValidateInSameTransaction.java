package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.Locks;
import dev.migrationlint.rules.support.Transactions;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ADD CONSTRAINT ... NOT VALID} exists to keep the strong lock short; validating in the same
 * transaction holds that lock through the full scan anyway.
 */
@RuleInfo(id = "ban-validate-in-same-transaction",
        summary = "Validate a NOT VALID constraint in a later transaction than the one that added it",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "constraint"},
        dialects = Dialect.POSTGRESQL)
public final class BanValidateInSameTransaction implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.AlterTable alter = context.statement().factAs(Fact.AlterTable.class).orElse(null);
        if (alter == null) {
            return;
        }
        for (int i = 0; i < alter.actions().size(); i++) {
            if (!(alter.actions().get(i) instanceof AlterAction.ValidateConstraint v)) {
                continue;
            }
            Added added = sameStatement(context.statement(), alter.actions().subList(0, i), v.name());
            if (added == null) {
                added = earlier(context, alter, v.name());
            }
            if (added != null) {
                Locks.Mode mode = Locks.of(added.action(), context.settings().targetVersion());
                context.report("VALIDATE CONSTRAINT " + ObjectName.quote(v.name()) + " on " + alter.table().display()
                                + " runs in the same transaction that added it NOT VALID (line "
                                + added.statement().span().startLine() + "): the " + mode.sql() + " lock of the ADD "
                                + "is held while every row is checked, so NOT VALID gains nothing",
                        "validate it in a later migration, after the ADD CONSTRAINT ... NOT VALID has committed");
                return;
            }
        }
    }

    private record Added(Statement statement, AlterAction.AddConstraint action) {
    }

    private static Added sameStatement(Statement statement, List<AlterAction> before, String name) {
        for (AlterAction a : before) {
            if (a instanceof AlterAction.AddConstraint ac && addsNotValid(ac, name)) {
                return new Added(statement, ac);
            }
        }
        return null;
    }

    private static Added earlier(StatementContext context, Fact.AlterTable alter, String name) {
        List<Statement> same = new ArrayList<>(Transactions.earlierInSameTransaction(context));
        for (int i = same.size() - 1; i >= 0; i--) {
            Statement s = same.get(i);
            if (s.fact() instanceof Fact.AlterTable at && at.table().equals(alter.table())) {
                Added added = sameStatement(s, at.actions(), name);
                if (added != null) {
                    return added;
                }
            }
        }
        return null;
    }

    private static boolean addsNotValid(AlterAction.AddConstraint ac, String name) {
        return ac.constraint().notValid() && name.equals(ac.constraint().name());
    }
}
