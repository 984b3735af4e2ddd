package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.TransactionState;
import dev.migrationlint.rules.support.Transactions;

/**
 * A statement PostgreSQL refuses inside a transaction block that will run in one (explicit
 * {@code BEGIN}, the tool's transaction, golang-migrate's implicit one), or whose script the tool
 * refuses. The migration fails at deploy time, after the earlier migrations of the run were applied.
 */
@RuleInfo(id = "ban-concurrently-in-transaction",
        summary = "Run CONCURRENTLY, VACUUM and other non-transactional statements outside a transaction",
        level = Level.ERROR, category = Category.LOCKING, tags = {"transaction", "concurrently"},
        dialects = Dialect.POSTGRESQL, appliesToDown = true)
public final class BanConcurrentlyInTransaction implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Statement statement = context.statement();
        String what = refusedInTransaction(statement.fact());
        if (what == null) {
            return;
        }
        String why = Transactions.why(context);
        if (why == null) {
            return;
        }
        boolean refused = statement.execution().refusal() != null;
        boolean explicit = !refused && statement.transaction().origin() == TransactionState.Origin.EXPLICIT;
        boolean undetected = !refused && !explicit && context.migration().runner() == Runner.FLYWAY
                && statement.transaction().origin() == TransactionState.Origin.TOOL
                && context.migration().executeInTransaction() == null && !detectedByFlyway(statement.fact());
        String message = what + " cannot run inside a transaction block"
                + (refused ? ": " + why
                : explicit ? ", and " + why
                : ", and this one would: " + why
                + (undetected ? " (Flyway does not recognise " + what + " as non-transactional)" : ""));
        String help;
        if (explicit) {
            help = "remove the BEGIN/COMMIT around it"
                    + (statement.execution().transactional() ? "; " + Transactions.runOutside(context.migration())
                    : "");
        } else if (undetected) {
            help = "add " + context.migration().fileName() + ".conf with executeInTransaction=false, and keep the "
                    + "statement in a migration of its own";
        } else {
            help = Transactions.runOutside(context.migration());
        }
        context.report(message, help);
    }

    /** The name of what PostgreSQL refuses in a transaction block, or null for anything else. */
    static String refusedInTransaction(Fact fact) {
        if (fact instanceof Fact.CreateIndex ci && ci.concurrently()) {
            return "CREATE INDEX CONCURRENTLY";
        }
        if (fact instanceof Fact.DropIndex di && di.concurrently()) {
            return "DROP INDEX CONCURRENTLY";
        }
        if (fact instanceof Fact.Reindex r) {
            if (r.concurrently()) {
                return "REINDEX " + r.target() + " CONCURRENTLY";
            }
            if (r.target() != Fact.ReindexTarget.INDEX && r.target() != Fact.ReindexTarget.TABLE) {
                return "REINDEX " + r.target();
            }
        }
        if (fact instanceof Fact.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.DetachPartition d && d.concurrently()) {
                    return "DETACH PARTITION ... CONCURRENTLY";
                }
            }
        }
        if (fact instanceof Fact.Vacuum) {
            return "VACUUM";
        }
        if (fact instanceof Fact.DatabaseObjectChange d && (d.object() == Fact.DatabaseObject.DATABASE
                || d.object() == Fact.DatabaseObject.TABLESPACE)) {
            return d.command();
        }
        if (fact instanceof Fact.NonTransactional n) {
            return n.what();
        }
        return null;
    }

    /** Flyway detects these itself and runs a script holding only them outside a transaction. */
    private static boolean detectedByFlyway(Fact fact) {
        return !(fact instanceof Fact.Reindex r && r.concurrently()) && !(fact instanceof Fact.AlterTable);
    }
}
