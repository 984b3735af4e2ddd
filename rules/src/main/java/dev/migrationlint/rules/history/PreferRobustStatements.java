package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/**
 * Non-idempotent DDL in a migration that runs without a transaction: when a later statement fails, the earlier ones
 * stay done, and running the migration again fails on them ({@code relation already exists}). With
 * {@code IF [NOT] EXISTS} the retry goes through. Off by default: the opposite policy is
 * {@code ban-existence-checks}.
 */
@RuleInfo(id = "prefer-robust-statements",
        summary = "Make DDL that runs outside a transaction safe to retry with IF [NOT] EXISTS",
        level = Level.OFF, category = Category.HISTORY)
public final class PreferRobustStatements implements StatementRule {

    @Override
    public void check(StatementContext context) {
        Statement s = context.statement();
        if (s.transaction().inTransaction() || !context.migration().kind().isForward()) {
            return;
        }
        String fix = fix(s.fact());
        if (fix != null) {
            context.report(fix.substring(0, fix.indexOf('|')) + " runs outside a transaction and is not safe to"
                            + " retry: if the migration fails later, running it again fails here",
                    "write " + fix.substring(fix.indexOf('|') + 1));
        }
    }

    /** "what|the robust form", or null when the statement is already robust or has no robust form. */
    private static String fix(Fact fact) {
        if (fact instanceof Fact.CreateTable ct && !ct.ifNotExists() && !ct.temporary()) {
            return "CREATE TABLE " + ct.table().display() + "|CREATE TABLE IF NOT EXISTS";
        }
        if (fact instanceof Fact.CreateIndex ci && !ci.ifNotExists()) {
            String name = ci.name() == null ? "an index" : "index " + ci.name();
            return "CREATE INDEX (" + name + " on " + ci.table().display() + ")|CREATE INDEX "
                    + (ci.concurrently() ? "CONCURRENTLY " : "") + "IF NOT EXISTS (and drop an INVALID leftover of a"
                    + " failed concurrent build first)";
        }
        if (fact instanceof Fact.DropIndex di && !di.ifExists()) {
            return "DROP INDEX|DROP INDEX " + (di.concurrently() ? "CONCURRENTLY " : "") + "IF EXISTS";
        }
        if (fact instanceof Fact.DropTable dt && !dt.ifExists()) {
            return "DROP TABLE|DROP TABLE IF EXISTS";
        }
        if (fact instanceof Fact.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add && !add.ifNotExists()) {
                    return "ADD COLUMN " + at.table().display(add.column().name()) + "|ADD COLUMN IF NOT EXISTS";
                }
                if (a instanceof AlterAction.DropColumn drop && !drop.ifExists()) {
                    return "DROP COLUMN " + at.table().display(drop.column()) + "|DROP COLUMN IF EXISTS";
                }
                if (a instanceof AlterAction.DropConstraint drop && !drop.ifExists()) {
                    return "DROP CONSTRAINT " + drop.name() + " on " + at.table().display()
                            + "|DROP CONSTRAINT IF EXISTS";
                }
            }
        }
        return null;
    }
}
