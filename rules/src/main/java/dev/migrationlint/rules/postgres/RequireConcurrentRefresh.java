package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/** {@code REFRESH MATERIALIZED VIEW} without {@code CONCURRENTLY} locks the view against readers. */
@RuleInfo(id = "require-concurrent-refresh",
        summary = "Refresh materialized views with REFRESH MATERIALIZED VIEW CONCURRENTLY",
        level = Level.WARNING, category = Category.LOCKING, tags = {"lock", "materialized-view"},
        dialects = Dialect.POSTGRESQL)
public final class RequireConcurrentRefresh implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.RefreshMaterializedView refresh = context.statement().factAs(Fact.RefreshMaterializedView.class)
                .orElse(null);
        // WITH NO DATA has no concurrent form; a view created in this migration has no readers yet
        // (and cannot be refreshed concurrently before its first population).
        if (refresh == null || refresh.concurrently() || refresh.withNoData() || createdHere(context, refresh)) {
            return;
        }
        context.report("REFRESH MATERIALIZED VIEW " + refresh.view().display()
                        + " takes an ACCESS EXCLUSIVE lock on the view: every SELECT on it waits until the query "
                        + "behind it has run again",
                "use REFRESH MATERIALIZED VIEW CONCURRENTLY " + refresh.view().display()
                        + " (it needs a unique index on the view that covers all rows, without WHERE)");
    }

    private static boolean createdHere(StatementContext context, Fact.RefreshMaterializedView refresh) {
        return context.previous().stream().anyMatch(s -> s.fact() instanceof Fact.CreateView v
                && v.materialized() && v.view().equals(refresh.view()));
    }
}
