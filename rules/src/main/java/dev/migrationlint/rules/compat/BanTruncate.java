package dev.migrationlint.rules.compat;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.SameMigration;

import java.util.List;
import java.util.stream.Collectors;

/** TRUNCATE deletes every row of a table in every environment the migration reaches, production included. */
@RuleInfo(id = "ban-truncate",
        summary = "Do not TRUNCATE tables in migrations: it deletes every row in every environment",
        level = Level.ERROR, category = Category.COMPATIBILITY, tags = {"data-loss"})
public final class BanTruncate implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.Truncate truncate = context.statement().factAs(Fact.Truncate.class).orElse(null);
        if (truncate == null) {
            return;
        }
        List<ObjectName> existing = truncate.tables().stream()
                .filter(t -> !SameMigration.createdTable(context, t)).toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = existing.stream().map(ObjectName::display).collect(Collectors.joining(", "));
        context.report("TRUNCATE " + names + " deletes every row in every environment this migration runs in"
                        + (truncate.cascade() ? "; CASCADE also empties every table with a foreign key to "
                        + (existing.size() == 1 ? "it" : "them") + ", and theirs in turn" : ""),
                "delete only the rows you mean with DELETE ... WHERE in a bootstrap script or an application job; "
                        + "to retire a table, stop using it first and drop it in a later migration");
    }
}
