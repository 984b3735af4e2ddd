package dev.migrationlint.rules.compat;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dropping a table breaks the code that still uses it and destroys its data. Not flagged: tables
 * this migration created, names this migration gave by a rename (the table-rebuild pattern: rename
 * aside, create anew, copy, drop the old copy; {@code ban-rename-table} judges the rename), and
 * {@code DROP TABLE IF EXISTS} of a table the history does not know that the migration creates
 * again (the guard of an initial schema script).
 */
@RuleInfo(id = "ban-drop-table",
        summary = "Do not drop tables that running code may still use: stop using them first, drop them later",
        level = Level.ERROR, category = Category.COMPATIBILITY, tags = {"compatibility", "data-loss"})
public final class BanDropTable implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        List<Statement> forward = context.statements().stream().filter(s -> s.direction() == Direction.UP).toList();
        Set<ObjectName> named = new HashSet<>();
        for (int i = 0; i < forward.size(); i++) {
            Statement s = forward.get(i);
            Fact fact = s.fact();
            if (fact instanceof Fact.CreateTable ct) {
                named.add(ct.table());
            } else if (fact instanceof Fact.RenameTables rt) {
                rt.renames().forEach(r -> named.add(r.to()));
            } else if (fact instanceof Fact.AlterTable alter) {
                for (AlterAction a : alter.actions()) {
                    if (a instanceof AlterAction.RenameTable r) {
                        named.add(r.to());
                    }
                }
            } else if (fact instanceof Fact.DropTable drop && !temporaryOnly(s)) {
                List<ObjectName> existing = new ArrayList<>();
                for (ObjectName t : drop.tables()) {
                    if (!named.contains(t) && !guardOfNewTable(context, forward, i, drop, t)) {
                        existing.add(t);
                    }
                }
                if (!existing.isEmpty()) {
                    report(context, s, drop, existing);
                }
            }
        }
    }

    /** MySQL's {@code DROP TEMPORARY TABLE} drops only temporary tables of the session. */
    private static boolean temporaryOnly(Statement s) {
        return s.tokens().size() > 1 && s.tokens().get(1).is("temporary");
    }

    private static boolean guardOfNewTable(MigrationContext context, List<Statement> forward, int index,
                                           Fact.DropTable drop, ObjectName table) {
        if (!drop.ifExists() || context.catalogBefore().table(table).isPresent()) {
            return false;
        }
        for (int i = index + 1; i < forward.size(); i++) {
            if (forward.get(i).fact() instanceof Fact.CreateTable ct && ct.table().equals(table)) {
                return true;
            }
        }
        return false;
    }

    private static void report(MigrationContext context, Statement s, Fact.DropTable drop, List<ObjectName> tables) {
        String names = tables.stream().map(ObjectName::display).collect(Collectors.joining(", "));
        boolean one = tables.size() == 1;
        context.report(s.span(), "DROP TABLE " + names + " breaks code that still uses " + (one ? "it" : "them")
                        + ", and " + (one ? "its" : "their") + " data is gone"
                        + (drop.cascade() ? "; CASCADE also drops the views and foreign keys that depend on "
                        + (one ? "it" : "them") : ""),
                "expand/contract: first release code that no longer uses the table, then drop it in a later "
                        + "migration (keep a backup until you are sure)");
    }
}
