package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code ALTER DOMAIN ... ADD CONSTRAINT} checks every column of the domain, holding a SHARE lock on each table. */
@RuleInfo(id = "ban-alter-domain-add-constraint",
        summary = "Add domain constraints NOT VALID, then validate them",
        level = Level.WARNING, category = Category.LOCKING, tags = {"lock", "constraint"},
        dialects = Dialect.POSTGRESQL)
public final class BanAlterDomainAddConstraint implements StatementRule {

    @Override
    public void check(StatementContext context) {
        context.statement().factAs(Fact.AlterDomain.class)
                .filter(d -> d.addConstraint() && !d.notValid() && !createdEarlier(context, d.domain()))
                .ifPresent(d -> context.report("ALTER DOMAIN " + d.domain().display() + " ADD CONSTRAINT checks "
                                + "every column of the domain in every table, holding a SHARE lock on each table "
                                + "while it scans: writes to those tables wait until the check ends",
                        "add the constraint with NOT VALID (only new values are checked, no scan), then run ALTER "
                                + "DOMAIN ... VALIDATE CONSTRAINT separately at a quiet time (on PostgreSQL 15 it "
                                + "still blocks writes while it scans)"));
    }

    /** True when the domain was created earlier in the same file: no existing table can use it yet. */
    private static boolean createdEarlier(StatementContext context, ObjectName domain) {
        String defaultSchema = context.settings().defaultSchema();
        for (Statement s : context.previous()) {
            List<Token> t = s.tokens();
            if (t.size() > 2 && t.get(0).is("create") && t.get(1).is("domain")
                    && domain.equals(name(t.subList(2, t.size()), defaultSchema))) {
                return true;
            }
        }
        return false;
    }

    /** The dotted name at the start of {@code tokens}, resolved as PostgreSQL does; null when there is none. */
    private static ObjectName name(List<Token> tokens, String defaultSchema) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i += 2) {
            Token t = tokens.get(i);
            if (t.type() == TokenType.WORD) {
                parts.add(t.text().toLowerCase(Locale.ROOT));
            } else if (t.type() == TokenType.QUOTED_IDENTIFIER) {
                parts.add(t.text().substring(1, t.text().length() - 1).replace("\"\"", "\""));
            } else if (t.type() == TokenType.PARAMETER) {
                parts.add(null); // a placeholder schema stands for the default schema
            } else {
                break;
            }
            if (i + 1 >= tokens.size() || tokens.get(i + 1).type() != TokenType.DOT) {
                break;
            }
        }
        if (parts.isEmpty() || parts.get(parts.size() - 1) == null) {
            return null;
        }
        String schema = parts.size() > 1 && parts.get(parts.size() - 2) != null ? parts.get(parts.size() - 2)
                : defaultSchema;
        return new ObjectName(schema, parts.get(parts.size() - 1), parts.size() > 1);
    }
}
