package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.Tables;

/**
 * {@code DETACH PARTITION} without {@code CONCURRENTLY} locks the whole partitioned table. The
 * concurrent form exists from PostgreSQL 14; before that there is nothing better to suggest.
 */
@RuleInfo(id = "require-concurrent-partition-detach",
        summary = "Detach partitions with DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+)",
        level = Level.WARNING, category = Category.LOCKING, tags = {"lock", "partition"},
        dialects = Dialect.POSTGRESQL)
public final class RequireConcurrentPartitionDetach implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.AlterTable alter = context.statement().factAs(Fact.AlterTable.class).orElse(null);
        if (alter == null || !context.settings().targetVersion().atLeast(14)
                || !Tables.existing(context, alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.DetachPartition d && !d.concurrently() && !d.finalizeDetach()) {
                context.report("DETACH PARTITION " + d.partition().display() + " takes an ACCESS "
                                + "EXCLUSIVE lock on " + alter.table().display()
                                + ": every query on the partitioned table waits, and so does every query queued "
                                + "behind it",
                        "use ALTER TABLE " + alter.table().display() + " DETACH PARTITION " + d.partition().display()
                                + " CONCURRENTLY in a migration that runs outside a transaction (not possible "
                                + "while the table has a default partition)");
            }
        }
    }
}
