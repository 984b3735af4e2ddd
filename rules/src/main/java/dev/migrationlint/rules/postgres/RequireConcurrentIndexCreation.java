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
                .ifPresent(index -> context.report(
                        "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX" + name(index) + " on "
                                + index.table().display() + " takes a SHARE lock: writes to the table are blocked "
                                + "until the index is built",
                        "use CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY in a migration "
                                + "that runs outside a transaction"));
    }

    private static String name(Fact.CreateIndex index) {
        return index.name() == null ? "" : " \"" + index.name() + "\"";
    }
}
