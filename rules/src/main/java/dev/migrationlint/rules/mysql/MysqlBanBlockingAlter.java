package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.rules.mysql.OnlineDdl.Operation;
import dev.migrationlint.rules.mysql.OnlineDdl.Outcome;

/**
 * An ALTER (or CREATE INDEX) on an existing table that the target server can run neither
 * {@code ALGORITHM=INSTANT} nor {@code ALGORITHM=INPLACE, LOCK=NONE}: it copies the table or holds a
 * shared lock, and writes wait for the whole ALTER. Also an explicit {@code ALGORITHM=COPY} or
 * {@code LOCK=SHARED|EXCLUSIVE} on an operation that could run online.
 */
@RuleInfo(id = "mysql-ban-blocking-alter",
        summary = "Ban ALTERs that MySQL/MariaDB can run neither INSTANT nor INPLACE with LOCK=NONE",
        level = Level.ERROR, category = Category.MYSQL, tags = {"lock", "online-ddl"},
        dialects = {Dialect.MYSQL, Dialect.MARIADB})
public final class MysqlBanBlockingAlter implements StatementRule {

    private static final String TOOLS = "use pt-online-schema-change or gh-ost, which copy the table in the "
            + "background while writes go on";

    @Override
    public void check(StatementContext context) {
        OnlineAlter alter = OnlineAlter.of(context).orElse(null);
        if (alter == null) {
            return;
        }
        Dialect flavour = context.settings().dialect();
        TargetVersion version = context.settings().targetVersion();
        OnlineAlter.Verdict worst = OnlineAlter.worst(alter.verdicts(flavour, version)).orElse(null);
        if (worst == null) {
            return;
        }
        String server = OnlineDdl.server(flavour, version);
        String what = alter.describe(worst.step());
        Outcome outcome = worst.outcome();
        String algorithm = alter.algorithm();
        String lock = alter.lock();
        if (!outcome.online()) {
            boolean asksOnline = "INSTANT".equals(algorithm) || "INPLACE".equals(algorithm)
                    || "NOCOPY".equals(algorithm) || "NONE".equals(lock);
            String message = asksOnline
                    ? what + " is refused on " + server + ": it needs " + fallback(outcome) + ", which blocks writes, and "
                    + "the statement asks for " + clauses(alter)
                    : what + " " + blocking(outcome, alter.createIndex()) + " on " + server;
            context.report(message, why(worst.step(), outcome) + "; " + instead(worst.step().operation()));
        } else if ("COPY".equals(algorithm)) {
            context.report(what + " asks for ALGORITHM=COPY, which copies the table and blocks writes "
                            + until(alter.createIndex()) + " on " + server,
                    "drop ALGORITHM=COPY: " + server + " runs it " + online(outcome, alter.createIndex()));
        } else if (("SHARED".equals(lock) || "EXCLUSIVE".equals(lock)) && outcome != Outcome.INSTANT) {
            context.report(what + " asks for LOCK=" + lock + ", which blocks " + ("SHARED".equals(lock) ? "writes"
                            : "reads and writes") + " " + until(alter.createIndex()) + " on " + server,
                    "use LOCK=NONE: " + server + " runs it in place while writes go on");
        }
    }

    private static String fallback(Outcome outcome) {
        return outcome == Outcome.COPY ? "ALGORITHM=COPY" : "LOCK=SHARED";
    }

    private static String until(boolean createIndex) {
        return createIndex ? "until the index is built" : "for the whole ALTER";
    }

    private static String blocking(Outcome outcome, boolean createIndex) {
        String until = until(createIndex);
        return outcome == Outcome.COPY ? "copies the table (ALGORITHM=COPY) and blocks writes " + until
                : "runs in place only with LOCK=SHARED and blocks writes " + until;
    }

    private static String clauses(OnlineAlter alter) {
        if (alter.algorithm() != null && alter.lock() != null) {
            return "ALGORITHM=" + alter.algorithm() + ", LOCK=" + alter.lock();
        }
        return alter.algorithm() != null ? "ALGORITHM=" + alter.algorithm() : "LOCK=" + alter.lock();
    }

    static String online(Outcome outcome, boolean createIndex) {
        if (outcome == Outcome.INSTANT) {
            return "instantly (ALGORITHM=INSTANT)";
        }
        return "in place while writes go on (ALGORITHM=INPLACE" + (createIndex ? " " : ", ") + "LOCK=NONE)";
    }

    private static String why(OnlineAlter.Step step, Outcome outcome) {
        String text = step.operation().description() + (step.detail() == null ? "" : " (" + step.detail() + ")");
        return text + (outcome == Outcome.COPY ? " cannot run in place" : " needs LOCK=SHARED");
    }

    private static String instead(Operation op) {
        return switch (op) {
            case ADD_FOREIGN_KEY -> "run SET foreign_key_checks = 0 before it (InnoDB then adds the key in place "
                    + "without reading the rows, so check the data yourself) or use pt-online-schema-change";
            case ADD_FULLTEXT_INDEX, ADD_SPATIAL_INDEX -> "build the index with pt-online-schema-change or gh-ost, "
                    + "or in a maintenance window";
            case ADD_COLUMN_EXPRESSION_DEFAULT -> "add the column with a constant default or NULL, then backfill it "
                    + "in batches";
            case ADD_STORED_COLUMN -> "add it as a VIRTUAL generated column, or " + TOOLS;
            case DROP_PRIMARY_KEY -> "drop it and add the new primary key in the same ALTER (in place, LOCK=NONE), "
                    + "or " + TOOLS;
            case ADD_CHECK -> "validate the data in the application first and " + TOOLS;
            case CHANGE_TYPE, CHANGE_DECIMAL, CHANGE_CHARSET, MAKE_AUTO_INCREMENT, WIDEN_VARCHAR_PAST_255_BYTES,
                 WIDEN_SHORT_VARCHAR_PAST_255_BYTES -> TOOLS + ", or add a new column, backfill it in batches and "
                    + "switch over";
            default -> TOOLS;
        };
    }
}
