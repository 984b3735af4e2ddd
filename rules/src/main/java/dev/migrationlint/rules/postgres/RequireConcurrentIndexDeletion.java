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

import java.util.stream.Collectors;

/** {@code DROP INDEX} without {@code CONCURRENTLY} locks the index's table against reads and writes. */
@RuleInfo(id = "require-concurrent-index-deletion",
        summary = "Drop indexes of existing tables with DROP INDEX CONCURRENTLY",
        level = Level.WARNING, category = Category.LOCKING, tags = {"lock", "index"},
        dialects = Dialect.POSTGRESQL)
public final class RequireConcurrentIndexDeletion implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.DropIndex drop = context.statement().factAs(Fact.DropIndex.class).orElse(null);
        if (drop == null || drop.concurrently()) {
            return;
        }
        var locked = Locks.taken(context).stream()
                .filter(l -> l.viaIndex() || Tables.existing(context, l.table())).toList();
        if (locked.isEmpty()) {
            return;
        }
        String indexes = drop.indexes().stream().map(ObjectName::display).collect(Collectors.joining(", "));
        String tables = locked.stream().map(Locks.Lock::target).collect(Collectors.joining(", "));
        context.report("DROP INDEX " + indexes + " takes an ACCESS EXCLUSIVE lock on " + tables
                        + ": reads and writes wait for it, and so does every query queued behind it",
                locked.stream().anyMatch(l -> context.catalog().partitioned(l.table()))
                        ? "an index of a partitioned table cannot be dropped CONCURRENTLY: drop it on its own, with "
                        + "a short lock_timeout and retries, when traffic is low"
                        : drop.indexes().size() > 1
                        ? "drop each index with its own DROP INDEX CONCURRENTLY, outside a transaction"
                        : "use DROP INDEX CONCURRENTLY" + (drop.ifExists() ? " IF EXISTS " : " ") + indexes
                        + " in a migration that runs outside a transaction");
    }
}
