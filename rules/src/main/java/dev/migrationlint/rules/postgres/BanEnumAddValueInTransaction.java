package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import dev.migrationlint.core.spi.TransactionState;
import dev.migrationlint.rules.support.Transactions;

import java.util.List;
import java.util.Locale;

/** Before PostgreSQL 12, {@code ALTER TYPE ... ADD VALUE} is refused inside a transaction block. */
@RuleInfo(id = "ban-enum-add-value-in-transaction",
        summary = "Before PostgreSQL 12, run ALTER TYPE ... ADD VALUE outside a transaction",
        level = Level.ERROR, category = Category.LOCKING, tags = {"transaction", "enum"},
        dialects = Dialect.POSTGRESQL, appliesToDown = true)
public final class BanEnumAddValueInTransaction implements StatementRule {

    @Override
    public void check(StatementContext context) {
        if (context.settings().targetVersion().atLeast(12)) {
            return;
        }
        Fact.AlterType alter = context.statement().factAs(Fact.AlterType.class)
                .filter(t -> t.action() == Fact.TypeAction.ADD_VALUE).orElse(null);
        if (alter == null) {
            return;
        }
        boolean refused = context.statement().execution().refusal() != null;
        if (!refused && createdInSameTransaction(context, alter)) {
            return;
        }
        String why = Transactions.why(context);
        if (why == null) {
            return;
        }
        boolean explicit = !refused
                && context.statement().transaction().origin() == TransactionState.Origin.EXPLICIT;
        context.report("ALTER TYPE " + alter.type().display() + " ADD VALUE cannot run inside a transaction block "
                        + "before PostgreSQL 12 (target is " + context.settings().targetVersion() + ")"
                        + (refused ? ": " + why : explicit ? ", and " + why : ", and this one would: " + why),
                explicit ? "remove the BEGIN/COMMIT around it"
                        : Transactions.runOutside(context.migration()));
    }

    /**
     * Before 12, ADD VALUE was allowed in the transaction that created the type (Flyway still refuses a
     * script that mixes the two, which the refusal above reports).
     */
    private static boolean createdInSameTransaction(StatementContext context, Fact.AlterType alter) {
        for (Statement s : Transactions.earlierInSameTransaction(context)) {
            List<Token> t = s.tokens();
            if (t.size() > 3 && t.get(0).is("create") && t.get(1).is("type")) {
                int as = 2;
                while (as < t.size() && !t.get(as).is("as")) {
                    as++;
                }
                if (as < t.size() && identifier(t.get(as - 1)).equals(alter.type().name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String identifier(Token t) {
        String text = t.text();
        if (t.type() == TokenType.QUOTED_IDENTIFIER && text.length() >= 2) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
