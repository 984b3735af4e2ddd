package dev.migrationlint.rules.data;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/** Data changes belong in bootstrap scripts or application jobs, not in schema migrations. */
@RuleInfo(id = "ban-data-change-outside-bootstrap",
        summary = "Keep INSERT, UPDATE, DELETE, MERGE, COPY and TRUNCATE out of schema migrations",
        level = Level.ERROR, category = Category.DATA, tags = {"data"})
public final class BanDataChangeOutsideBootstrap implements StatementRule {

    @Override
    public void check(StatementContext context) {
        if (context.bootstrap()) {
            return;
        }
        Fact fact = context.statement().fact();
        String what = null;
        String table = null;
        if (fact instanceof Fact.Dml dml && dml.changesData()) {
            what = dml.kind().name();
            table = dml.table() == null ? null : dml.table().display();
        } else if (fact instanceof Fact.Truncate t) {
            what = "TRUNCATE";
            table = t.tables().isEmpty() ? null : t.tables().get(0).display();
        }
        if (what != null) {
            context.report(what + (table == null ? "" : " on " + table) + " changes data in a schema migration",
                    "move data changes to a bootstrap script (a path matching a 'bootstrap' glob, or a file marked "
                            + "'-- migration-lint: bootstrap') or to an application job that backfills in batches");
        }
    }
}
