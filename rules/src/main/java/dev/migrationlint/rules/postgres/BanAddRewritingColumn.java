package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.AlterTables;

/** Serial, identity and stored generated columns get a value in every existing row: PostgreSQL rewrites the table. */
@RuleInfo(id = "ban-add-rewriting-column",
        summary = "Do not add serial, identity or stored generated columns to existing tables",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "rewrite", "column"},
        dialects = Dialect.POSTGRESQL)
public final class BanAddRewritingColumn implements StatementRule {

    @Override
    public void check(StatementContext context) {
        AlterTables.onExistingTable(context).ifPresent(alter -> {
            for (AlterAction action : alter.actions()) {
                if (!(action instanceof AlterAction.AddColumn add)) {
                    continue;
                }
                ColumnDef c = add.column();
                String kind;
                String help;
                if (c.generated() == ColumnDef.Generated.STORED) {
                    kind = "a stored generated column";
                    help = "compute the value in a view or in the application, or add a plain column filled by a "
                            + "trigger for new rows and backfill it in batches";
                } else if (c.generated() == ColumnDef.Generated.IDENTITY) {
                    kind = "an identity column";
                    help = "add a plain nullable column, SET DEFAULT nextval(...) of a new sequence for new rows and "
                            + "backfill existing rows in batches; or create a new table and copy the data";
                } else if (c.isSerial()) {
                    kind = "a " + c.type().name() + " column";
                    help = "add a plain nullable column, SET DEFAULT nextval(...) of a new sequence for new rows and "
                            + "backfill existing rows in batches; or create a new table and copy the data";
                } else {
                    continue;
                }
                context.report(add.span(), "ADD COLUMN " + alter.table().display(c.name()) + " adds " + kind
                        + ", which fills every existing row: the whole table is rewritten while holding an ACCESS "
                        + "EXCLUSIVE lock, so reads and writes wait until it is done", help);
            }
        });
    }
}
