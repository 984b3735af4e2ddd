package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;

/**
 * A file in a migration location that its layout cannot read: the tool either ignores it silently (the migration
 * never runs) or fails on it. Discovery decides, per layout, and says why.
 */
@RuleInfo(id = "invalid-migration-name",
        summary = "Name every file in a migration location the way its tool reads migrations",
        level = Level.ERROR, category = Category.HISTORY)
public final class InvalidMigrationName implements HistoryRule {

    @Override
    public void check(HistoryContext context) {
        for (HistoryContext.NameProblem problem : context.rejectedFiles()) {
            String name = problem.path().substring(problem.path().lastIndexOf('/') + 1);
            context.report(problem.path(), Span.FILE, name + " is not a migration the tool will run: "
                            + problem.reason(),
                    "rename it as the layout expects, or move it out of the migration location");
        }
    }
}
