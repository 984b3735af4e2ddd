package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.List;

/**
 * {@code IF EXISTS} / {@code IF NOT EXISTS} in a versioned migration. The migrations before it fix the schema it
 * runs on, so a guard either never matters or hides a database that drifted from its history (the table exists
 * with other columns, and {@code CREATE TABLE IF NOT EXISTS} silently keeps them). Repeatable migrations are
 * re-run and need their guards. Off by default: the opposite policy is {@code prefer-robust-statements}.
 */
@RuleInfo(id = "ban-existence-checks",
        summary = "Do not guard versioned migrations with IF [NOT] EXISTS",
        level = Level.OFF, category = Category.HISTORY)
public final class BanExistenceChecks implements StatementRule {

    @Override
    public void check(StatementContext context) {
        if (!context.migration().kind().isForward()) {
            return;
        }
        Statement s = context.statement();
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).is("IF")) {
                continue;
            }
            boolean not = tokens.get(i + 1).is("NOT");
            int exists = not ? i + 2 : i + 1;
            if (exists < tokens.size() && tokens.get(exists).is("EXISTS")
                    && (exists + 1 >= tokens.size() || tokens.get(exists + 1).type() != TokenType.LEFT_PAREN)) {
                String guard = not ? "IF NOT EXISTS" : "IF EXISTS";
                context.report(guard + " in a versioned migration: the migrations before it decide whether the"
                                + " object exists, so the guard only hides a database that drifted from its history",
                        "drop the " + guard + " guard so the migration fails loudly on a database that drifted");
                return;
            }
        }
    }
}
