package dev.migrationlint.rules.design;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.List;

/**
 * A table without a primary key cannot be replicated logically (UPDATE and DELETE fail once it is
 * published), and its rows cannot be addressed one by one by tools, ORMs or batch jobs. The key
 * may come later in the same migration ({@code ALTER TABLE ... ADD PRIMARY KEY}), so the rule looks
 * at the whole file.
 */
@RuleInfo(id = "require-primary-key",
        summary = "Give every new table a primary key",
        level = Level.WARNING, category = Category.DESIGN, tags = {"design"},
        dialects = Dialect.POSTGRESQL)
public final class RequirePrimaryKey implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        List<Statement> forward = context.statements().stream().filter(s -> s.direction() == Direction.UP).toList();
        for (int i = 0; i < forward.size(); i++) {
            Statement s = forward.get(i);
            if (!(s.fact() instanceof Fact.CreateTable ct) || exempt(context, s, ct) || hasKey(ct)
                    || keyAddedOrDroppedLater(forward, i, ct.table())) {
                continue;
            }
            context.report(s.span(), "CREATE TABLE " + ct.table().display() + " has no primary key: logical "
                            + "replication refuses its UPDATEs and DELETEs, and single rows cannot be addressed",
                    "declare a PRIMARY KEY (a bigint identity column if nothing natural fits)");
        }
    }

    /**
     * Tables that need no key of their own: temporary ones, {@code AS SELECT} copies, partitions (the
     * partitioned table carries the key), {@code LIKE} copies (which may bring the source's key), and
     * {@code IF NOT EXISTS} for a table the history already has.
     */
    private static boolean exempt(MigrationContext context, Statement s, Fact.CreateTable ct) {
        return ct.temporary() || ct.asSelect() || ct.partitionOf() != null
                || hasLikeElement(s)
                || (ct.ifNotExists() && context.catalogBefore().table(ct.table()).isPresent());
    }

    /** True when an element of the table's list is {@code LIKE source [INCLUDING ...]}. */
    private static boolean hasLikeElement(Statement s) {
        int depth = 0;
        Token before = null;
        for (Token t : s.tokens()) {
            if (depth == 1 && t.is("like") && before != null
                    && (before.type() == TokenType.LEFT_PAREN || before.type() == TokenType.COMMA)) {
                return true;
            }
            if (t.type() == TokenType.LEFT_PAREN) {
                depth++;
            } else if (t.type() == TokenType.RIGHT_PAREN) {
                depth--;
            }
            before = t;
        }
        return false;
    }

    private static boolean hasKey(Fact.CreateTable ct) {
        return ct.columns().stream().anyMatch(ColumnDef::primaryKey)
                || ct.constraints().stream().anyMatch(c -> c.kind() == ConstraintDef.Kind.PRIMARY_KEY);
    }

    /**
     * True when a later statement of the file adds the key ({@code ADD PRIMARY KEY}, also
     * {@code USING INDEX}, or a column declared {@code PRIMARY KEY}), or drops the table again (a
     * scratch table). Renames are followed.
     */
    private static boolean keyAddedOrDroppedLater(List<Statement> forward, int index, ObjectName table) {
        ObjectName name = table;
        for (int i = index + 1; i < forward.size(); i++) {
            Fact fact = forward.get(i).fact();
            if (fact instanceof Fact.DropTable drop && drop.tables().contains(name)) {
                return true;
            }
            if (fact instanceof Fact.RenameTables rt) {
                for (Fact.RenameTables.Rename r : rt.renames()) {
                    if (r.from().equals(name)) {
                        name = r.to();
                    }
                }
            }
            if (!(fact instanceof Fact.AlterTable alter) || !alter.table().equals(name)) {
                continue;
            }
            for (AlterAction a : alter.actions()) {
                if (a instanceof AlterAction.AddConstraint ac
                        && ac.constraint().kind() == ConstraintDef.Kind.PRIMARY_KEY
                        || a instanceof AlterAction.AddColumn add && add.column().primaryKey()) {
                    return true;
                }
                if (a instanceof AlterAction.RenameTable r) {
                    name = r.to();
                } else if (a instanceof AlterAction.SetSchema ss) {
                    name = new ObjectName(ss.schema(), name.name(), true);
                }
            }
        }
        return false;
    }
}
