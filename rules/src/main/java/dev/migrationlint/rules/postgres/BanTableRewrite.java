package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.Tables;

/**
 * Statements whose whole point is to rewrite a table into new files, holding an ACCESS EXCLUSIVE
 * lock for the whole copy: VACUUM FULL, CLUSTER, and the ALTER TABLE storage changes.
 */
@RuleInfo(id = "ban-table-rewrite",
        summary = "Do not rewrite existing tables with VACUUM FULL, CLUSTER or ALTER TABLE storage changes",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "rewrite"},
        dialects = Dialect.POSTGRESQL)
public final class BanTableRewrite implements StatementRule {

    private static final String HELP = "rewrite online with pg_repack (or pg_squeeze), or build a new table, copy "
            + "the rows in batches and swap";

    @Override
    public void check(StatementContext context) {
        Fact fact = context.statement().fact();
        if (fact instanceof Fact.Vacuum v && v.full()) {
            if (v.tables().isEmpty()) {
                context.report("VACUUM FULL without a table rewrites every table of the database, each while "
                        + "holding an ACCESS EXCLUSIVE lock: queries on each wait until it is copied", HELP);
            } else {
                v.tables().stream().filter(t -> Tables.existing(context, t)).findFirst().ifPresent(t ->
                        context.report(rewrites("VACUUM FULL", t), HELP));
            }
        } else if (fact instanceof Fact.Cluster c) {
            if (c.table() == null) {
                context.report("CLUSTER without a table rewrites every table that was clustered before, each while "
                        + "holding an ACCESS EXCLUSIVE lock: queries on each wait until it is copied", HELP);
            } else if (Tables.existing(context, c.table())) {
                context.report(rewrites("CLUSTER", c.table()), HELP);
            }
        } else if (fact instanceof Fact.AlterTable at && Tables.existing(context, at.table())) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.SetStorage s && rewritesOn(s.what(), context)) {
                    context.report(rewrites("SET " + s.what(), at.table()), HELP);
                    return;
                }
            }
        }
    }

    /** SET WITHOUT OIDS rewrote tables that had OIDs; since PostgreSQL 12 tables have none and it does nothing. */
    private static boolean rewritesOn(String what, StatementContext context) {
        return !what.equals("WITHOUT OIDS") || !context.settings().targetVersion().atLeast(12);
    }

    private static String rewrites(String what, ObjectName table) {
        return what + " rewrites " + table.display() + " into new files while holding an ACCESS EXCLUSIVE lock: "
                + "every read and write waits until the whole table is copied";
    }
}
