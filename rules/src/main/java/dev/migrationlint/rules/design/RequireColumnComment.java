package dev.migrationlint.rules.design;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Teams whose reports, data catalogues or analysts read tables directly want every table and
 * column described where it is defined: with {@code COMMENT ON} in the migration that creates it.
 */
@RuleInfo(id = "require-column-comment",
        summary = "Describe new tables and columns with COMMENT ON in the migration that creates them",
        level = Level.OFF, category = Category.DESIGN, tags = {"design", "documentation"},
        dialects = Dialect.POSTGRESQL)
public final class RequireColumnComment implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        List<Statement> forward = context.statements().stream().filter(s -> s.direction() == Direction.UP).toList();
        Set<ObjectName> commentedTables = new HashSet<>();
        Set<String> commentedColumns = new HashSet<>();
        for (Statement s : forward) {
            if (s.fact() instanceof Fact.Comment c && c.table() != null) {
                if (c.column() == null) {
                    commentedTables.add(c.table());
                } else {
                    commentedColumns.add(key(c.table(), c.column()));
                }
            }
        }
        for (Statement s : forward) {
            if (s.fact() instanceof Fact.CreateTable ct) {
                if (ct.temporary() || ct.partitionOf() != null) {
                    continue;
                }
                if (!commentedTables.contains(ct.table())) {
                    context.report(s.span(), "table " + ct.table().display() + " has no COMMENT ON TABLE in the "
                            + "migration that creates it", help("TABLE " + ct.table().display()));
                }
                for (ColumnDef c : ct.columns()) {
                    columnWithoutComment(context, ct.table(), c, commentedColumns);
                }
            } else if (s.fact() instanceof Fact.AlterTable alter) {
                for (AlterAction a : alter.actions()) {
                    if (a instanceof AlterAction.AddColumn add) {
                        columnWithoutComment(context, alter.table(), add.column(), commentedColumns);
                    }
                }
            }
        }
    }

    private static void columnWithoutComment(MigrationContext context, ObjectName table, ColumnDef column,
                                             Set<String> commented) {
        if (!commented.contains(key(table, column.name()))) {
            context.report(column.span(), "column " + table.display(column.name()) + " has no COMMENT ON COLUMN "
                    + "in the migration that adds it", help("COLUMN " + table.display(column.name())));
        }
    }

    private static String help(String target) {
        return "describe it for the people who read the table directly: COMMENT ON " + target + " IS '...'";
    }

    private static String key(ObjectName table, String column) {
        return table + "\u0000" + column;
    }
}
