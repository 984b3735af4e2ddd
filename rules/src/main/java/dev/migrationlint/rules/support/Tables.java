package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.StatementContext;

/** Facts about tables that many rules share. */
public final class Tables {

    private Tables() {
    }

    /**
     * True when locking the table can hurt: it was not created earlier in the same migration file
     * (a table the catalog does not know is assumed to exist already).
     */
    public static boolean existing(StatementContext context, ObjectName table) {
        return table != null && !context.catalog().createdIn(table, context.migration().path());
    }
}
