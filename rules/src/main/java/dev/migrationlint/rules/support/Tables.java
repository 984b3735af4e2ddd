package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.StatementContext;

/** Facts about tables that many rules share. */
public final class Tables {

    private Tables() {
    }

    /**
     * True when locking the table can hurt: it was not created earlier in the same migration file,
     * as a table, a temporary table (which only this session sees; the catalog does not keep those) or a
     * materialized view (which nobody reads before the migration commits).
     * A table the catalog does not know is assumed to exist already.
     */
    public static boolean existing(StatementContext context, ObjectName table) {
        String path = context.migration().path();
        return table != null && !context.catalog().createdIn(table, path)
                && !context.catalog().privatelyCreatedIn(table, path);
    }
}
