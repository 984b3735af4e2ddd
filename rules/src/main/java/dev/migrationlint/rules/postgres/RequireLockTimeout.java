package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.Locks;
import dev.migrationlint.rules.support.Tables;
import dev.migrationlint.rules.support.Timeouts;

/**
 * A lock that blocks writes, requested without {@code lock_timeout}: while the statement waits behind
 * a long transaction, every query that needs a conflicting lock queues behind it. On MySQL and MariaDB
 * the same holds for the metadata lock an ALTER waits for ({@code lock_wait_timeout}, default a year).
 */
@RuleInfo(id = "require-lock-timeout",
        summary = "Set lock_timeout before statements that lock existing tables against writes",
        level = Level.WARNING, category = Category.LOCKING, tags = {"lock", "timeout"},
        dialects = {Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.MARIADB})
public final class RequireLockTimeout implements StatementRule {

    @Override
    public void check(StatementContext context) {
        if (context.settings().lockTimeoutSetByRunner()) {
            return;
        }
        if (context.settings().dialect().isMysqlFamily()) {
            checkMysql(context);
            return;
        }
        Locks.Lock lock = Locks.strongest(Locks.taken(context).stream()
                .filter(l -> l.mode().blocksWrites() && (l.viaIndex() || Tables.existing(context, l.table())))
                .toList()).orElse(null);
        if (lock == null || Timeouts.inForce(context, "lock_timeout")) {
            return;
        }
        context.report(context.statement().fact().command() + " waits for " + article(lock.mode()) + " " + lock.mode().sql() + " lock on "
                        + lock.target() + " with no lock_timeout: while it waits behind a long-running "
                        + "transaction, every " + (lock.mode().blocksReads() ? "read and write" : "write") + " on "
                        + lock.target() + " queues behind it",
                "SET lock_timeout = '2s' before it (SET LOCAL inside its transaction) and retry the migration "
                        + "when it times out");
    }

    /** "an ACCESS EXCLUSIVE", "a SHARE": the article before a lock mode. */
    private static String article(Locks.Mode mode) {
        return mode.sql().startsWith("A") || mode.sql().startsWith("E") ? "an" : "a";
    }

    private static void checkMysql(StatementContext context) {
        Fact fact = context.statement().fact();
        ObjectName table = null;
        if (fact instanceof Fact.AlterTable at) {
            table = at.table();
        } else if (fact instanceof Fact.CreateIndex ci) {
            table = ci.table();
        } else if (fact instanceof Fact.DropIndex di) {
            table = di.table();
        }
        if (table == null || !Tables.existing(context, table) || Timeouts.inForce(context, "lock_wait_timeout")) {
            return;
        }
        context.report(fact.command() + " on " + table.display() + " waits for a metadata lock with no "
                        + "lock_wait_timeout (default: one year): while it waits behind a long-running transaction, "
                        + "every query on " + table.display() + " queues behind it",
                "SET SESSION lock_wait_timeout = 5 before it and retry the migration when it times out");
    }
}
