package dev.migrationlint.rules.meta;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.FindingsContext;
import dev.migrationlint.core.spi.FindingsRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.SuppressionComment;

/** An ignore comment that suppresses nothing hides the next real finding of that rule. */
@RuleInfo(id = "unused-suppression",
        summary = "Ignore comments must suppress a finding",
        level = Level.NOTE, category = Category.META, appliesToDown = true)
public final class UnusedSuppression implements FindingsRule {

    @Override
    public void check(FindingsContext context) {
        for (SuppressionComment c : context.suppressions()) {
            if (c.ruleIds().isEmpty()) {
                context.report(c.path(), c.span(), "ignore comment names no rule id",
                        "write '-- migration-lint: ignore <rule-id> -- <reason>'");
                continue;
            }
            for (String id : c.unusedIds()) {
                context.report(c.path(), c.span(), "ignore comment for " + id + " suppressed nothing"
                                + (c.fileWide() ? " in this file" : " on the next statement"),
                        "remove it, or check the rule id ('migration-lint rules' lists them)");
            }
        }
    }
}
