package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;

/**
 * A {@code BEGIN} that the file (or its up or down block) never ends: the migration's changes and
 * locks stay open after the script, and are committed or lost depending on what the tool does next.
 */
@RuleInfo(id = "ban-uncommitted-transaction",
        summary = "End every BEGIN with a COMMIT or ROLLBACK in the same file",
        level = Level.ERROR, category = Category.LOCKING, tags = {"transaction"},
        dialects = Dialect.POSTGRESQL, appliesToDown = true)
public final class BanUncommittedTransaction implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        Statement open = null;
        Direction direction = null;
        for (Statement s : context.statements()) {
            if (s.direction() != direction) {
                report(context, open);
                open = null;
                direction = s.direction();
            }
            if (s.fact() instanceof Fact.Transaction t) {
                switch (t.kind()) {
                    case BEGIN -> open = open == null ? s : open;
                    case COMMIT, ROLLBACK, PREPARE_TRANSACTION -> open = null;
                    default -> {
                        // savepoints keep the transaction open
                    }
                }
            }
        }
        report(context, open);
    }

    private static void report(MigrationContext context, Statement begin) {
        if (begin != null) {
            context.report(begin.span(), "BEGIN opens a transaction that " + (begin.direction() == Direction.DOWN
                            ? "the down migration" : "the migration") + " never commits or rolls back: its changes "
                            + "and locks stay open after the script, and are lost or committed depending on what "
                            + "the tool does with the session next",
                    "end the transaction with COMMIT in the same file, or remove the BEGIN and let the tool own "
                            + "the transaction");
        }
    }
}
