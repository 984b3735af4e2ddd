package dev.migrationlint.rules.data;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.SameMigration;
import dev.migrationlint.rules.support.StatementTokens;

/**
 * An UPDATE or DELETE without WHERE touches every row of the table in one transaction: every row
 * stays locked against other writers until the commit, and the table bloats by its own size.
 */
@RuleInfo(id = "ban-unbatched-backfill",
        summary = "Backfill existing tables in batches, not with one UPDATE or DELETE over every row",
        level = Level.WARNING, category = Category.DATA, tags = {"data", "lock"})
public final class BanUnbatchedBackfill implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.Dml dml = context.statement().factAs(Fact.Dml.class).orElse(null);
        if (dml == null || dml.hasWhere() || dml.table() == null
                || (dml.kind() != Fact.DmlKind.UPDATE && dml.kind() != Fact.DmlKind.DELETE)
                || SameMigration.createdTable(context, dml.table())
                // MySQL's UPDATE/DELETE ... LIMIT n is one batch, not every row.
                || StatementTokens.hasWordAtDepth0(context.statement(), "limit")) {
            return;
        }
        context.report(dml.kind() + " on " + dml.table().display() + " has no WHERE: it changes every row in one "
                        + "transaction, and every changed row stays locked against other writers until it commits",
                "backfill in batches (WHERE id BETWEEN :from AND :to, a few thousand rows each, committing between "
                        + "batches) from an application job or a bootstrap script");
    }
}
