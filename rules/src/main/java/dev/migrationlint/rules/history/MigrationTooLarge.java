package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A versioned migration with more statements than {@code limits.maxStatements} or DDL on more existing tables than
 * {@code limits.maxTables}: in one transaction it holds every lock it takes until the end, so the more tables, the
 * longer each stays locked and the likelier a deadlock with the application; a large migration is also hard to
 * review and to roll back. Tables created earlier in the same migration lock nobody and do not count; bootstrap
 * data is exempt.
 */
@RuleInfo(id = "migration-too-large",
        summary = "Keep each versioned migration small: few statements, DDL on few existing tables",
        level = Level.NOTE, category = Category.HISTORY)
public final class MigrationTooLarge implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        MigrationKind kind = context.migration().kind();
        if (kind != MigrationKind.VERSIONED && kind != MigrationKind.UP || context.bootstrap()) {
            return;
        }
        int statements = 0;
        Set<ObjectName> created = new LinkedHashSet<>();
        Set<ObjectName> tables = new LinkedHashSet<>();
        for (Statement s : context.statements()) {
            if (s.direction() != Direction.UP || s.fact() instanceof Fact.Transaction) {
                continue;
            }
            statements++;
            if (s.fact() instanceof Fact.CreateTable ct) {
                created.add(ct.table());
                continue;
            }
            for (ObjectName t : ddlTables(s.fact())) {
                if (!created.contains(t)) {
                    tables.add(t);
                }
            }
        }
        var limits = context.settings().limits();
        List<String> reasons = new ArrayList<>();
        if (statements > limits.maxStatements()) {
            reasons.add(statements + " statements (limits.maxStatements is " + limits.maxStatements() + ")");
        }
        if (tables.size() > limits.maxTables()) {
            reasons.add("DDL on " + tables.size() + " existing tables (limits.maxTables is " + limits.maxTables()
                    + "): " + String.join(", ", tables.stream().map(ObjectName::display).toList()));
        }
        if (!reasons.isEmpty()) {
            context.report(Span.FILE, context.migration().fileName() + " is large: " + String.join(" and ", reasons)
                            + "; in one transaction it holds every lock it takes until its end",
                    "split it into several migrations, each changing one or a few tables");
        }
    }

    private static List<ObjectName> ddlTables(Fact fact) {
        List<ObjectName> tables = new ArrayList<>();
        if (fact instanceof Fact.AlterTable at) {
            tables.add(at.table());
        } else if (fact instanceof Fact.DropTable dt) {
            tables.addAll(dt.tables());
        } else if (fact instanceof Fact.CreateIndex ci && ci.table() != null) {
            tables.add(ci.table());
        } else if (fact instanceof Fact.DropIndex di && di.table() != null) {
            tables.add(di.table());
        } else if (fact instanceof Fact.RenameTables rt) {
            rt.renames().forEach(r -> tables.add(r.from()));
        } else if (fact instanceof Fact.Truncate t) {
            tables.addAll(t.tables());
        }
        return tables;
    }
}
