package dev.migrationlint.rules.design;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/** json is stored as text: reparsed on every access, no equality, no GIN indexes. */
@RuleInfo(id = "prefer-jsonb",
        summary = "Use jsonb instead of json",
        level = Level.NOTE, category = Category.DESIGN, tags = {"design", "type"},
        dialects = Dialect.POSTGRESQL)
public final class PreferJsonb implements StatementRule {

    @Override
    public void check(StatementContext context) {
        TypeChoice.check(context, type -> type.is("json"),
                (column, type) -> column + " is " + type + ": "
                        + "json is stored as text and parsed again on every access, has no equality operator"
                        + " (DISTINCT, GROUP BY and UNION fail on it) and no GIN index support",
                "use jsonb (it drops duplicate keys, white space and key order; keep json only when you need those)");
    }
}
