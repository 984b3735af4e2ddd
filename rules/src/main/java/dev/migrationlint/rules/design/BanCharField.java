package dev.migrationlint.rules.design;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/** char(n) pads values with spaces; the padding is handled inconsistently. */
@RuleInfo(id = "ban-char-field",
        summary = "Use text or varchar instead of char(n)",
        level = Level.NOTE, category = Category.DESIGN, tags = {"design", "type"},
        dialects = Dialect.POSTGRESQL)
public final class BanCharField implements StatementRule {

    @Override
    public void check(StatementContext context) {
        TypeChoice.check(context, type -> type.is("char") && !type.raw().strip().startsWith("\""),
                (column, type) -> column + " is " + type + ": "
                        + "char(n) pads values with spaces to n characters, and comparisons, length() and casts to"
                        + " text strip or keep that padding inconsistently",
                "use text (or varchar), with a CHECK on the length if it must be fixed");
    }
}
