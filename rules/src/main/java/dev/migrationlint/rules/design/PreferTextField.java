package dev.migrationlint.rules.design;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/**
 * A length limit in the type can only change under an ACCESS EXCLUSIVE lock; a CHECK constraint can be
 * swapped online.
 */
@RuleInfo(id = "prefer-text-field",
        summary = "Use text (with a CHECK on the length if it matters) instead of varchar(n)",
        level = Level.OFF, category = Category.DESIGN, tags = {"design", "type"},
        dialects = Dialect.POSTGRESQL)
public final class PreferTextField implements StatementRule {

    @Override
    public void check(StatementContext context) {
        TypeChoice.check(context, type -> type.is("varchar") && type.length() > 0,
                (column, type) -> column + " is " + type + ": "
                        + "changing the limit later takes an ACCESS EXCLUSIVE lock, and lowering it rewrites the"
                        + " table",
                "use text, with a CHECK (char_length(col) <= n) constraint if the limit matters: a CHECK can be"
                        + " replaced online with NOT VALID and VALIDATE");
    }
}
