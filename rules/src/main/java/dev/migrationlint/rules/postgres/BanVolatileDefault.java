package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Expression;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.core.spi.Volatility;
import dev.migrationlint.rules.support.AlterTables;
import dev.migrationlint.rules.support.Defaults;

/**
 * {@code ADD COLUMN ... DEFAULT} fills every existing row by rewriting the table when the default is
 * volatile (PostgreSQL 11+ stores a non-volatile default once), and for any non-null default before 11.
 */
@RuleInfo(id = "ban-volatile-default",
        summary = "Add columns to existing tables without a default that rewrites the table",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "rewrite", "column"},
        dialects = Dialect.POSTGRESQL)
public final class BanVolatileDefault implements StatementRule {

    private static final String HELP = "add the column without a default, SET DEFAULT for new rows in a separate "
            + "statement, and backfill existing rows in batches (a bootstrap data migration or an application job)";

    @Override
    public void check(StatementContext context) {
        AlterTables.onExistingTable(context).ifPresent(alter -> {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add && !Defaults.isNull(add.column().defaultValue())) {
                    check(context, alter.table().display(add.column().name()), add);
                }
            }
        });
    }

    private static void check(StatementContext context, String column, AlterAction.AddColumn add) {
        TargetVersion version = context.settings().targetVersion();
        Expression value = add.column().defaultValue();
        String message = "ADD COLUMN " + column + " with DEFAULT " + Defaults.shown(value) + " rewrites the whole "
                + "table while holding an ACCESS EXCLUSIVE lock: reads and writes wait until it is done";
        if (!version.atLeast(11)) {
            context.report(add.span(), message + " (before PostgreSQL 11 every non-null default does; target is "
                    + version + ")", HELP);
        } else if (value.volatility() == Volatility.VOLATILE) {
            context.report(add.span(), message + " (the default is volatile: it is computed for each row)", HELP);
        } else if (value.volatility() == Volatility.UNKNOWN_FUNCTION) {
            context.report(add.span(), message + " unless every function it calls is immutable or stable: "
                            + "migration-lint does not know " + unknown(value) + ", so it is treated as volatile",
                    HELP + "; if the function is immutable or stable, suppress this finding with that reason");
        }
    }

    private static String unknown(Expression value) {
        if (value.functions().size() == 1) {
            return value.functions().get(0) + "()";
        }
        return "one of " + String.join("(), ", value.functions()) + "()";
    }
}
