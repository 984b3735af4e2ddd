package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.Locks;
import dev.migrationlint.rules.support.Tables;
import dev.migrationlint.rules.support.Timeouts;

/**
 * A lock that blocks writes, held with no {@code statement_timeout}: when the statement runs long (a
 * scan, a rewrite, an index build), the table stays blocked for as long as it runs.
 */
@RuleInfo(id = "require-statement-timeout",
        summary = "Set statement_timeout before statements that lock existing tables against writes",
        level = Level.OFF, category = Category.LOCKING, tags = {"lock", "timeout"},
        dialects = Dialect.POSTGRESQL)
public final class RequireStatementTimeout implements StatementRule {

    @Override
    public void check(StatementContext context) {
        if (context.settings().statementTimeoutSetByRunner()) {
            return;
        }
        Locks.Lock lock = Locks.strongest(Locks.taken(context).stream()
                .filter(l -> l.mode().blocksWrites() && (l.viaIndex() || Tables.existing(context, l.table())))
                .toList()).orElse(null);
        if (lock == null || Timeouts.inForce(context, "statement_timeout")) {
            return;
        }
        context.report(context.statement().fact().command() + " holds a " + lock.mode().sql() + " lock on "
                        + lock.target() + " with no statement_timeout: if it runs long, every "
                        + (lock.mode().blocksReads() ? "read and write" : "write") + " on " + lock.target()
                        + " waits for as long as it runs",
                "SET statement_timeout = '5min' (or what the migration may take) before it, SET LOCAL inside its "
                        + "transaction");
    }
}
