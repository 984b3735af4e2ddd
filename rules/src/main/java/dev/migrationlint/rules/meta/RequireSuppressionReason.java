package dev.migrationlint.rules.meta;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.FindingsContext;
import dev.migrationlint.core.spi.FindingsRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.SuppressionComment;

/** The next reader needs to know why a hazard was accepted. */
@RuleInfo(id = "require-suppression-reason",
        summary = "Ignore comments must say why: -- migration-lint: ignore <rule-id> -- <reason>",
        level = Level.WARNING, category = Category.META, appliesToDown = true)
public final class RequireSuppressionReason implements FindingsRule {

    @Override
    public void check(FindingsContext context) {
        for (SuppressionComment c : context.suppressions()) {
            if (c.reason() == null) {
                context.report(c.path(), c.span(), "ignore comment for " + String.join(", ", c.ruleIds())
                        + " gives no reason", "add the reason after a second '--': '-- migration-lint: ignore "
                        + (c.ruleIds().isEmpty() ? "<rule-id>" : String.join(", ", c.ruleIds()))
                        + " -- <why this is safe here>'");
            }
        }
    }
}
