package dev.migrationlint.rules.design;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/** timestamp without time zone stores wall-clock readings that lose their zone. */
@RuleInfo(id = "prefer-timestamptz",
        summary = "Use timestamptz instead of timestamp without time zone",
        level = Level.NOTE, category = Category.DESIGN, tags = {"design", "type"},
        dialects = Dialect.POSTGRESQL)
public final class PreferTimestamptz implements StatementRule {

    @Override
    public void check(StatementContext context) {
        TypeChoice.check(context, type -> type.is("timestamp"),
                (column, type) -> column + " is " + type + ": without a time zone it stores a wall-clock reading,"
                        + " so values written by sessions in different time zones cannot be compared",
                "use timestamptz (timestamp with time zone): it stores an instant and converts to the session time"
                        + " zone on display");
    }
}
