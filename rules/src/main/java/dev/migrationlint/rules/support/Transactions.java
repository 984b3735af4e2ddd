package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.TransactionState;

import java.util.List;

/** How statements share transactions, in the words messages use. */
public final class Transactions {

    private Transactions() {
    }

    /** True when both statements run inside one and the same transaction. */
    public static boolean same(Statement a, Statement b) {
        return a.transaction().inTransaction() && a.transaction().id() == b.transaction().id();
    }

    /** The earlier statements of the migration that run in the same transaction as the context's statement. */
    public static List<Statement> earlierInSameTransaction(StatementContext context) {
        Statement current = context.statement();
        return context.previous().stream().filter(s -> same(s, current)).toList();
    }

    /**
     * Why the statement runs inside a transaction block, or why its tool refuses the script, for a
     * message ("Flyway runs each script in one transaction"); null when it runs outside one.
     */
    public static String why(StatementContext context) {
        Statement s = context.statement();
        if (s.execution().refusal() != null) {
            return s.execution().refusal();
        }
        if (!s.transaction().inTransaction()) {
            return null;
        }
        if (s.transaction().origin() == TransactionState.Origin.EXPLICIT) {
            for (int i = context.previous().size() - 1; i >= 0; i--) {
                Statement p = context.previous().get(i);
                if (p.fact() instanceof Fact.Transaction t && t.kind() == Fact.TransactionKind.BEGIN
                        && same(p, s)) {
                    return "it runs inside the transaction opened by BEGIN on line " + p.span().startLine();
                }
            }
            return "it runs inside an explicit transaction block";
        }
        return s.execution().reason();
    }

    /** How to make the migration's tool run a statement outside a transaction. */
    public static String runOutside(Migration migration) {
        return switch (migration.runner()) {
            case FLYWAY -> "put it alone in its own migration (Flyway then runs it outside a transaction), "
                    + "or add a " + migration.fileName() + ".conf with executeInTransaction=false";
            case GOLANG_MIGRATE -> "put it alone in its own migration file: golang-migrate then sends it as a "
                    + "single statement, outside a transaction";
            case GOOSE -> "put it in its own migration file marked -- +goose NO TRANSACTION";
            case DBMATE -> "put it in its own migration whose block says -- migrate:up transaction:false";
            case SQLX -> "put it in its own migration file that starts with -- no-transaction";
            case FOLDER -> "put it in its own migration whose metadata runs it outside a transaction "
                    + "(diesel: run_in_transaction = false)";
            case POP, PATTERN -> "put it in its own migration that the tool runs outside a transaction";
        };
    }
}
