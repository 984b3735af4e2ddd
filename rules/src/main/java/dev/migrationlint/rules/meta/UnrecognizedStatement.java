package dev.migrationlint.rules.meta;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/**
 * A statement neither the recognizer nor JSqlParser understood: no rule could check it, so a
 * hazard in it would pass silently. Counted in every run's summary; reported only when enabled.
 */
@RuleInfo(id = "unrecognized-statement",
        summary = "Report statements that no rule could check because neither parser understood them",
        level = Level.OFF, category = Category.META, appliesToDown = true)
public final class UnrecognizedStatement implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.Unrecognized unrecognized = context.statement().factAs(Fact.Unrecognized.class).orElse(null);
        // JSqlParser is the second tier: asked only here, and only for what the recognizer could not read.
        if (unrecognized == null || context.statement().ast().isPresent()) {
            return;
        }
        String words = unrecognized.command().isEmpty() ? "statement" : unrecognized.command();
        context.report("statement starting \"" + words + "\" was not understood, so no rule checked it",
                "check it for a typo or an unsupported dialect (set 'dialect' in .migration-lint.yml); if it is "
                        + "valid SQL, report it so the recognizer learns it, and suppress this finding meanwhile");
    }
}
