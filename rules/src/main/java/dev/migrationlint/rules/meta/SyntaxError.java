package dev.migrationlint.rules.meta;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.SourceProblem;

/** A statement the lexer cannot close: the tool will send something other than what the author meant. */
@RuleInfo(id = "syntax-error",
        summary = "Statements must be closed: no unterminated string, quoted identifier, comment or dollar quote",
        level = Level.WARNING, category = Category.META, appliesToDown = true)
public final class SyntaxError implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        for (SourceProblem p : context.problems()) {
            if (!p.fileLevel()) {
                context.report(p.span(), p.message(),
                        "close the construct; everything after it is read differently by the database");
            }
        }
    }
}
