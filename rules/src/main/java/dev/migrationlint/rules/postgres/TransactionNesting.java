package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/**
 * {@code BEGIN}/{@code COMMIT} in a script the tool already runs in a transaction: the BEGIN is ignored
 * and the COMMIT ends the tool's transaction early, so a later failure leaves the migration half applied.
 * golang-migrate is exempt: its implicit transaction is what BEGIN/COMMIT are meant to replace there.
 */
@RuleInfo(id = "transaction-nesting",
        summary = "Leave BEGIN and COMMIT to the tool that already wraps the migration in a transaction",
        level = Level.WARNING, category = Category.LOCKING, tags = {"transaction"},
        dialects = Dialect.POSTGRESQL, appliesToDown = true)
public final class TransactionNesting implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Statement statement = context.statement();
        if (!(statement.fact() instanceof Fact.Transaction t) || !statement.execution().transactional()
                || context.migration().runner() == Runner.GOLANG_MIGRATE) {
            return;
        }
        String reason = statement.execution().reason();
        String message = switch (t.kind()) {
            case BEGIN -> "BEGIN inside the transaction the tool already opened (" + reason + "): PostgreSQL "
                    + "ignores it with a warning, and its COMMIT ends the tool's transaction early";
            case COMMIT -> "COMMIT ends the transaction the tool opened (" + reason + "): the statements before it "
                    + "stay committed when a later one fails, leaving the migration half applied";
            case ROLLBACK -> "ROLLBACK undoes the transaction the tool opened (" + reason + "): the statements "
                    + "before it are discarded while the tool carries on as if they ran";
            default -> null;
        };
        if (message != null) {
            context.report(message, "remove it and let the tool own the transaction; a statement that must run "
                    + "outside one belongs in its own migration configured to run without a transaction");
        }
    }
}
