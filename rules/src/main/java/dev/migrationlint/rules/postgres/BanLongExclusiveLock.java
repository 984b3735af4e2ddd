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
        String work = work(context, current.fact());
        List<Locks.Lock> locks = work == null ? exclusiveLocks(context, current.fact()) : List.of();
        if (work == null && locks.isEmpty() || work != null && decidedByEarlierWork(context, current)) {
            return;
        }
        Statement holder = null;
        Locks.Lock held = null;
        List<ObjectName> locked = new ArrayList<>();
        for (Statement earlier : Transactions.earlierInSameTransaction(context)) {
            if (!mayLockExclusively(earlier.fact())) {
                continue;
            }
            for (Locks.Lock lock : exclusiveLocks(context, earlier.fact())) {
                if (holder == null) {
                    holder = earlier;
                    held = lock;
                } else if (earlier != holder && !locked.contains(lock.table())) {
                    // A second table was locked (and reported) before: a third adds nothing new.
                    locks = List.of();
                }
                locked.add(lock.table());
            }
            if (holder != null && locks.isEmpty() && work == null) {
                break;
            }
        }
        if (holder != null && work != null && workAfter(context, holder)) {
            // One finding per lock holder: the first piece of extra work says it; the rest would repeat it.
            return;
        }
        if (holder == null || work == null && locks.isEmpty()) {
            return;
        }
        if (work == null) {
            Locks.Lock second = locks.stream().filter(l -> !locked.contains(l.table())).findFirst().orElse(null);
            if (second == null) {
                return;
            }
            work = current.fact().command() + " takes a second ACCESS EXCLUSIVE lock, on " + second.target() + ",";
        }
        context.report(work + " while " + held.target() + " is locked ACCESS EXCLUSIVE by the "
                        + holder.fact().command() + " on line " + holder.span().startLine()
                        + " in the same transaction: every query on " + held.target()
                        + " waits until the transaction commits",
                "commit right after the " + holder.fact().command() + " (a separate migration, or a "
                        + "transaction of its own) and do this afterwards");
    }

    /**
     * True when the nearest earlier piece of work in the transaction comes after its last exclusive lock: then that
     * work was either reported already (a lock came before it) or not reportable (none did), and so is this one.
     * Walking back only that far keeps a script of many data statements linear.
     */
    private static boolean decidedByEarlierWork(StatementContext context, Statement current) {
        List<Statement> previous = context.previous();
        for (int i = previous.size() - 1; i >= 0; i--) {
            Statement earlier = previous.get(i);
            if (!Transactions.same(earlier, current)) {
                return false;
            }
            if (mayLockExclusively(earlier.fact()) && !exclusiveLocks(context, earlier.fact()).isEmpty()) {
                return false;
            }
            if (work(context, earlier.fact()) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when a statement between the holder and the current one already did extra work (and was reported). */
    private static boolean workAfter(StatementContext context, Statement holder) {
        boolean after = false;
        for (Statement earlier : Transactions.earlierInSameTransaction(context)) {
            if (after && work(context, earlier.fact()) != null) {
                return true;
            }
            after |= earlier == holder;
        }
        return false;
    }

    /** The data change or index build the fact does, as the start of a message, or null. */
    private static String work(StatementContext context, Fact fact) {
        if (fact instanceof Fact.Dml dml && dml.changesData()) {
            return dml.kind() + (dml.table() == null ? "" : " on " + dml.table().display()) + " changes data";
        }
        if (fact instanceof Fact.CreateIndex ci && !ci.concurrently() && Tables.existing(context, ci.table())) {
            return "CREATE INDEX on " + ci.table().display() + " builds an index";
        }
        if (fact instanceof Fact.Reindex r && r.name() != null && (r.target() == Fact.ReindexTarget.INDEX
                || r.target() == Fact.ReindexTarget.TABLE)) {
            return "REINDEX " + r.target() + " " + r.name().display() + " rebuilds indexes";
        }
        return null;
    }

    /** A cheap test before the lock model runs: facts that never take ACCESS EXCLUSIVE. */
    private static boolean mayLockExclusively(Fact fact) {
        return !(fact instanceof Fact.Dml || fact instanceof Fact.SetSetting || fact instanceof Fact.CreateIndex
                || fact instanceof Fact.Other || fact instanceof Fact.Transaction || fact instanceof Fact.Comment
                || fact instanceof Fact.Unrecognized);
    }

    private static List<Locks.Lock> exclusiveLocks(StatementContext context, Fact fact) {
        return Locks.taken(fact, context.catalog(), context.settings().targetVersion()).stream()
                .filter(l -> l.mode() == Locks.Mode.ACCESS_EXCLUSIVE)
                .filter(l -> l.viaIndex() || Tables.existing(context, l.table()))
                .toList();
    }
}
