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
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renaming a table breaks the running code that uses the old name, unless the same migration
 * puts something back under that name: a compatibility view (the documented safe pattern) or,
 * in a table swap, another table.
 */
@RuleInfo(id = "ban-rename-table",
        summary = "Do not rename tables that running code uses, unless a view keeps the old name working",
        level = Level.ERROR, category = Category.COMPATIBILITY, tags = {"compatibility"})
public final class BanRenameTable implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        List<Statement> forward = context.statements().stream().filter(s -> s.direction() == Direction.UP).toList();
        // Names that this migration created: renaming those breaks nobody.
        Set<ObjectName> created = new HashSet<>();
        for (int i = 0; i < forward.size(); i++) {
            Fact fact = forward.get(i).fact();
            if (fact instanceof Fact.CreateTable ct) {
                created.add(ct.table());
            } else if (fact instanceof Fact.AlterTable alter) {
                ObjectName current = alter.table();
                for (AlterAction action : alter.actions()) {
                    if (action instanceof AlterAction.RenameTable r) {
                        if (breaks(forward, i, current, r.to(), created)) {
                            report(context, r.span(), List.of(new Fact.RenameTables.Rename(current, r.to())));
                        }
                        current = r.to();
                    }
                }
            } else if (fact instanceof Fact.RenameTables rt) {
                // One finding for the statement: its renames share one span.
                List<Fact.RenameTables.Rename> breaking = new ArrayList<>();
                for (Fact.RenameTables.Rename r : rt.renames()) {
                    if (breaks(forward, i, r.from(), r.to(), created)) {
                        breaking.add(r);
                    }
                }
                if (!breaking.isEmpty()) {
                    report(context, forward.get(i).span(), breaking);
                }
            }
        }
    }

    private static boolean breaks(List<Statement> forward, int index, ObjectName from, ObjectName to,
                                  Set<ObjectName> created) {
        boolean fresh = created.contains(from);
        created.add(to);
        return !fresh && !reoccupied(forward, index, from);
    }

    private static void report(MigrationContext context, Span span, List<Fact.RenameTables.Rename> renames) {
        String list = renames.stream().map(r -> r.from().display() + " to " + r.to().display())
                .collect(Collectors.joining(", "));
        Fact.RenameTables.Rename first = renames.get(0);
        context.report(span, "renaming " + list + " breaks running code that still uses the old name"
                        + (renames.size() == 1 ? "" : "s") + " (during a deploy, old and new code run side by side)",
                "in the same migration, create a view with the old name (CREATE VIEW " + first.from().display()
                        + " AS SELECT * FROM " + first.to().display() + "); drop it once no code uses the old name");
    }

    /**
     * True when the old name is in use again after the rename: a view (PostgreSQL keeps a simple view
     * updatable), a new table, or another table renamed to it (a swap); also within the same statement.
     */
    private static boolean reoccupied(List<Statement> forward, int index, ObjectName name) {
        for (int i = index; i < forward.size(); i++) {
            Fact fact = forward.get(i).fact();
            if (fact instanceof Fact.CreateView v && !v.materialized() && v.view().equals(name)) {
                return true;
            }
            if (i > index && fact instanceof Fact.CreateTable ct && !ct.temporary() && ct.table().equals(name)) {
                return true;
            }
            if (fact instanceof Fact.RenameTables rt
                    && rt.renames().stream().anyMatch(r -> r.to().equals(name))) {
                return true;
            }
            if (i > index && fact instanceof Fact.AlterTable alter && alter.actions().stream()
                    .anyMatch(a -> a instanceof AlterAction.RenameTable r && r.to().equals(name))) {
                return true;
            }
        }
        return false;
    }
}
