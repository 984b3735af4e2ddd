package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.rules.support.AlterTables;
import dev.migrationlint.rules.support.Defaults;
import dev.migrationlint.rules.support.NotNullChecks;

import java.util.List;
import java.util.Optional;

/**
 * {@code SET NOT NULL} scans the whole table under an ACCESS EXCLUSIVE lock, unless (PostgreSQL 12+) a
 * validated {@code CHECK (col IS NOT NULL)} already proves it.
 */
@RuleInfo(id = "ban-set-not-null",
        summary = "Make existing columns NOT NULL through a validated CHECK constraint, not a locked scan",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "constraint"},
        dialects = Dialect.POSTGRESQL)
public final class BanSetNotNull implements StatementRule {

    @Override
    public void check(StatementContext context) {
        AlterTables.onExistingTable(context).ifPresent(alter -> {
            Optional<Catalog.Table> table = context.catalog().table(alter.table());
            boolean pg12 = context.settings().targetVersion().atLeast(12);
            for (AlterAction action : alter.actions()) {
                if (!(action instanceof AlterAction.SetNotNull set)) {
                    continue;
                }
                String column = set.column();
                if (table.flatMap(t -> t.column(column)).map(Catalog.Column::notNull).orElse(false)) {
                    continue; // already NOT NULL: PostgreSQL does nothing
                }
                List<Catalog.Constraint> checks = table.map(t -> t.constraints().stream()
                        .filter(c -> c.kind() == ConstraintDef.Kind.CHECK && c.expression() != null
                                && NotNullChecks.implies(c.expression().text(), column)).toList())
                        .orElse(List.of());
                boolean validated = checks.stream().anyMatch(Catalog.Constraint::validated);
                if (pg12 && validated) {
                    continue;
                }
                String message = "SET NOT NULL on " + alter.table().display(column) + " scans the whole table while "
                        + "holding an ACCESS EXCLUSIVE lock: reads and writes wait until the scan ends";
                if (validated) {
                    message += " (before PostgreSQL 12 a validated CHECK does not spare the scan; target is "
                            + context.settings().targetVersion() + ")";
                } else if (!checks.isEmpty()) {
                    message += " (the CHECK " + name(checks.get(0)) + " is NOT VALID, so it does not spare the scan)";
                }
                String help = addedWithDefault(alter, column)
                        ? "write NOT NULL in the ADD COLUMN instead: with a non-volatile default, PostgreSQL 11+ adds "
                        + "a NOT NULL column without a scan"
                        : pg12
                        ? "add CHECK (" + column + " IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, "
                        + "then SET NOT NULL (PostgreSQL 12+ uses the validated CHECK and skips the scan) and drop "
                        + "the CHECK"
                        : "before PostgreSQL 12 SET NOT NULL always scans: keep a validated CHECK (" + column
                        + " IS NOT NULL) (added NOT VALID, then VALIDATE CONSTRAINT) instead, and SET NOT NULL after "
                        + "upgrading";
                context.report(set.span(), message, help);
            }
        });
    }

    private static boolean addedWithDefault(Fact.AlterTable alter, String column) {
        return alter.actions().stream().anyMatch(a -> a instanceof AlterAction.AddColumn add
                && add.column().name().equals(column) && !Defaults.isNull(add.column().defaultValue()));
    }

    private static String name(Catalog.Constraint c) {
        return c.name() == null ? "(" + c.expression().text() + ")" : ObjectName.quote(c.name());
    }
}
