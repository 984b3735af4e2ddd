package dev.migrationlint.rules.postgres;

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
import dev.migrationlint.rules.support.Tables;
import dev.migrationlint.rules.support.Transactions;

import java.util.ArrayList;
import java.util.List;

/**
 * Locks are held until the transaction ends. Once a statement took an ACCESS EXCLUSIVE lock on an
 * existing table, every further data change, index build or exclusive lock on another table in the
 * same transaction keeps that table unreadable for longer.
 */
@RuleInfo(id = "ban-long-exclusive-lock",
        summary = "Commit right after taking an ACCESS EXCLUSIVE lock instead of doing more work in the same transaction",
        level = Level.WARNING, category = Category.LOCKING, tags = {"lock", "transaction"},
        dialects = Dialect.POSTGRESQL)
public final class BanLongExclusiveLock implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Statement current = context.statement();
        if (!current.transaction().inTransaction()) {
            return;
        }
        Statement holder = null;
        Locks.Lock held = null;
        List<ObjectName> exclusive = new ArrayList<>();
        for (Statement earlier : Transactions.earlierInSameTransaction(context)) {
            for (Locks.Lock lock : exclusiveLocks(context, earlier.fact())) {
                if (holder == null) {
                    holder = earlier;
                    held = lock;
                }
                exclusive.add(lock.table());
            }
        }
        if (holder == null) {
            return;
        }
        String what = moreWork(context, current.fact(), exclusive);
        if (what != null) {
            context.report(what + " while " + held.target() + " is locked ACCESS EXCLUSIVE by the "
                            + holder.fact().command() + " on line " + holder.span().startLine()
                            + " in the same transaction: every query on " + held.target()
                            + " waits until the transaction commits",
                    "commit right after the " + holder.fact().command() + " (a separate migration, or a "
                            + "transaction of its own) and do this afterwards");
        }
    }

    /** What extra work the fact does, as the start of a message, or null when it adds none worth reporting. */
    private static String moreWork(StatementContext context, Fact fact, List<ObjectName> exclusive) {
        if (fact instanceof Fact.Dml dml && dml.changesData()) {
            return dml.kind() + (dml.table() == null ? "" : " on " + dml.table().display()) + " changes data";
        }
        if (fact instanceof Fact.CreateIndex ci && Tables.existing(context, ci.table())) {
            return "CREATE INDEX on " + ci.table().display() + " builds an index";
        }
        if (fact instanceof Fact.Reindex r && r.name() != null && (r.target() == Fact.ReindexTarget.INDEX
                || r.target() == Fact.ReindexTarget.TABLE)) {
            return "REINDEX " + r.target() + " " + r.name().display() + " rebuilds indexes";
        }
        for (Locks.Lock lock : exclusiveLocks(context, fact)) {
            if (!exclusive.contains(lock.table())) {
                return fact.command() + " takes a second ACCESS EXCLUSIVE lock, on " + lock.target() + ",";
            }
        }
        return null;
    }

    private static List<Locks.Lock> exclusiveLocks(StatementContext context, Fact fact) {
        return Locks.taken(fact, context.catalog(), context.settings().targetVersion()).stream()
                .filter(l -> l.mode() == Locks.Mode.ACCESS_EXCLUSIVE)
                .filter(l -> l.viaIndex() || Tables.existing(context, l.table()))
                .toList();
    }
}
