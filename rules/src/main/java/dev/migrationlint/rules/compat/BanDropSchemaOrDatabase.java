package dev.migrationlint.rules.compat;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

import java.util.List;
import java.util.stream.Collectors;

/** Dropping a schema or a database removes everything in it at once. */
@RuleInfo(id = "ban-drop-schema-or-database",
        summary = "Do not drop schemas or databases in migrations: everything in them is gone",
        level = Level.ERROR, category = Category.COMPATIBILITY, tags = {"compatibility", "data-loss"})
public final class BanDropSchemaOrDatabase implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Fact.DatabaseObjectChange change = context.statement().factAs(Fact.DatabaseObjectChange.class).orElse(null);
        if (change == null || change.create() || (change.object() != Fact.DatabaseObject.SCHEMA
                && change.object() != Fact.DatabaseObject.DATABASE)) {
            return;
        }
        List<String> existing = change.names().stream()
                .filter(n -> !createdEarlier(context, change.object(), n)).toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = existing.stream().map(ObjectName::quote).collect(Collectors.joining(", "));
        boolean one = existing.size() == 1;
        boolean database = change.object() == Fact.DatabaseObject.DATABASE;
        String what = "DROP " + change.object().name() + " " + names;
        String message;
        if (database || change.cascade() || context.settings().dialect().isMysqlFamily()) {
            message = what + (change.cascade() ? " CASCADE" : "") + " destroys every table in " + (one ? "it" : "them")
                    + " with its data, and breaks all code that uses " + (one ? "it" : "them");
        } else {
            message = what + " breaks code that uses " + (one ? "it" : "them") + " (PostgreSQL refuses it while "
                    + "objects remain; adding CASCADE would drop them with their data)";
        }
        context.report(message, "retire the " + (database ? "database" : "schema") + " outside the migration "
                + "history, deliberately and with a backup, once no code uses it");
    }

    /** True when an earlier statement of this migration created it (a scratch schema). */
    private static boolean createdEarlier(StatementContext context, Fact.DatabaseObject object, String name) {
        boolean mysql = context.settings().dialect().isMysqlFamily();
        for (Statement s : context.previous()) {
            if (s.fact() instanceof Fact.DatabaseObjectChange c && c.create() && c.names().contains(name)
                    && (c.object() == object || mysql)) {
                return true;
            }
        }
        return false;
    }
}
