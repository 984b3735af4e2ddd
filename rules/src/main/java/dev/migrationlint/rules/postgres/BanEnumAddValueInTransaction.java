package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.TransactionState;
import dev.migrationlint.rules.support.Transactions;

/** Before PostgreSQL 12, {@code ALTER TYPE ... ADD VALUE} is refused inside a transaction block. */
@RuleInfo(id = "ban-enum-add-value-in-transaction",
        summary = "Before PostgreSQL 12, run ALTER TYPE ... ADD VALUE outside a transaction",
        level = Level.ERROR, category = Category.LOCKING, tags = {"transaction", "enum"},
        dialects = Dialect.POSTGRESQL, appliesToDown = true)
public final class BanEnumAddValueInTransaction implements StatementRule {

    @Override
    public void check(StatementContext context) {
        if (context.settings().targetVersion().atLeast(12)) {
            return;
        }
        Fact.AlterType alter = context.statement().factAs(Fact.AlterType.class)
                .filter(t -> t.action() == Fact.TypeAction.ADD_VALUE).orElse(null);
        if (alter == null) {
            return;
        }
        String why = Transactions.why(context);
        if (why == null) {
            return;
        }
        boolean refused = context.statement().execution().refusal() != null;
        boolean explicit = !refused
                && context.statement().transaction().origin() == TransactionState.Origin.EXPLICIT;
        context.report("ALTER TYPE " + alter.type().display() + " ADD VALUE cannot run inside a transaction block "
                        + "before PostgreSQL 12 (target is " + context.settings().targetVersion() + ")"
                        + (refused ? ": " + why : explicit ? ", and " + why : ", and this one would: " + why),
                explicit ? "remove the BEGIN/COMMIT around it"
                        : Transactions.runOutside(context.migration()));
    }
}
