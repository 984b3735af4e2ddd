package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;

/**
 * What the current migration itself created before the statement: objects no running code can
 * depend on yet, so dropping or renaming them breaks nobody.
 */
public final class SameMigration {

    private SameMigration() {
    }

    /**
     * True when the table was created earlier in this migration, temporary tables included (the
     * catalog does not keep those).
     */
    public static boolean createdTable(StatementContext context, ObjectName table) {
        if (table == null) {
            return false;
        }
        if (context.catalog().createdIn(table, context.migration().path())) {
            return true;
        }
        for (Statement s : context.previous()) {
            if (s.fact() instanceof Fact.CreateTable ct && ct.table().equals(table)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the column was added earlier in this migration, with its table or by ADD COLUMN, or by
     * an action of the same ALTER TABLE before {@code action}.
     */
    public static boolean createdColumn(StatementContext context, Fact.AlterTable alter, AlterAction action,
                                        String column) {
        for (AlterAction a : alter.actions()) {
            if (a == action) {
                break;
            }
            if (a instanceof AlterAction.AddColumn add && add.column().name().equals(column)) {
                return true;
            }
        }
        return createdColumn(context, alter.table(), column);
    }

    /** True when the column was added earlier in this migration, with its table or by ADD COLUMN. */
    public static boolean createdColumn(StatementContext context, ObjectName table, String column) {
        if (createdTable(context, table)) {
            return true;
        }
        return context.catalog().table(table).flatMap(t -> t.column(column)).map(Catalog.Column::origin)
                .map(o -> o.path().equals(context.migration().path())).orElse(false);
    }
}
