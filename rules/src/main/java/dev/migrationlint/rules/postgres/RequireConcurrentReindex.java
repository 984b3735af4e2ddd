package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.Locks;
import dev.migrationlint.rules.support.Tables;

/**
 * {@code REINDEX} without {@code CONCURRENTLY} blocks writes to the table and every query that would
 * use the index being rebuilt.
 */
@RuleInfo(id = "require-concurrent-reindex",
        summary = "Rebuild indexes with REINDEX CONCURRENTLY",
        level = Level.WARNING, category = Category.LOCKING, tags = {"lock", "index"},
        dialects = Dialect.POSTGRESQL)
public final class RequireConcurrentReindex implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.Reindex reindex = context.statement().factAs(Fact.Reindex.class).orElse(null);
        if (reindex == null || reindex.concurrently()) {
            return;
        }
        String what;
        String effect;
        if (reindex.target() == Fact.ReindexTarget.INDEX || reindex.target() == Fact.ReindexTarget.TABLE) {
            var lock = Locks.strongest(Locks.taken(context)).orElse(null);
            if (lock == null || !lock.viaIndex() && !Tables.existing(context, lock.table())) {
                return;
            }
            what = "REINDEX " + reindex.target() + " " + reindex.name().display();
            effect = " takes a SHARE lock on " + lock.target() + " and an ACCESS EXCLUSIVE lock on "
                    + (reindex.target() == Fact.ReindexTarget.INDEX ? "the index" : "each of its indexes")
                    + ": writes wait until the rebuild ends, and so does every query that would use those indexes";
        } else if (reindex.target() == Fact.ReindexTarget.SYSTEM) {
            // REINDEX SYSTEM has no CONCURRENTLY form: system catalogs cannot be rebuilt concurrently.
            return;
        } else {
            what = "REINDEX " + reindex.target() + (reindex.name() == null ? "" : " " + reindex.name().display());
            effect = " rebuilds every index of every table in it, each under a SHARE lock on its table and an "
                    + "ACCESS EXCLUSIVE lock on the index: writes wait, and so do queries that would use the index";
        }
        boolean available = context.settings().targetVersion().atLeast(12);
        String help = available
                ? "use REINDEX " + reindex.target() + " CONCURRENTLY in a migration that runs outside a transaction"
                : "REINDEX ... CONCURRENTLY exists from PostgreSQL 12 (target is "
                + context.settings().targetVersion() + "): build a replacement with CREATE INDEX CONCURRENTLY, "
                + "then DROP INDEX CONCURRENTLY the old one and rename the new one";
        context.report(what + effect + (available ? "" : " (REINDEX CONCURRENTLY needs PostgreSQL 12)"), help);
    }
}
