package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.Tables;

/** {@code CREATE INDEX} without {@code CONCURRENTLY} blocks writes to the table for the whole build. */
@RuleInfo(id = "require-concurrent-index-creation",
        summary = "Build indexes on existing tables with CREATE INDEX CONCURRENTLY",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "index"},
        dialects = Dialect.POSTGRESQL)
public final class RequireConcurrentIndexCreation implements StatementRule {

    @Override
    public void check(StatementContext context) {
        context.statement().factAs(Fact.CreateIndex.class)
                .filter(index -> !index.concurrently() && Tables.existing(context, index.table()))
                .ifPresent(index -> {
                    String create = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX";
                    if (!context.catalog().partitioned(index.table())) {
                        context.report(create + name(index) + " on " + index.table().display() + " takes a SHARE "
                                        + "lock: writes to the table are blocked until the index is built",
                                "use " + create + " CONCURRENTLY in a migration that runs outside a transaction");
                    } else if (!index.only()) {
                        // PostgreSQL refuses CONCURRENTLY on a partitioned table; ON ONLY builds nothing.
                        context.report(create + name(index) + " on the partitioned table " + index.table().display()
                                        + " builds the index on every partition under SHARE locks: writes to all of "
                                        + "them are blocked until the last one is built",
                                create + " ... ON ONLY " + index.table().display() + " first (an invalid index, "
                                        + "built on no partition), then " + create + " CONCURRENTLY on each partition "
                                        + "and ALTER INDEX ... ATTACH PARTITION it: the parent's index is valid once "
                                        + "every partition's is attached (CONCURRENTLY is refused on a partitioned "
                                        + "table)");
                    }
                });
    }

    private static String name(Fact.CreateIndex index) {
        return index.name() == null ? "" : " \"" + index.name() + "\"";
    }
}
